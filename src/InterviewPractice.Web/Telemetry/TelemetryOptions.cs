using OpenTelemetry.Exporter;

namespace InterviewPractice.Web.Telemetry;

/// <summary>
/// What the app exports of its traces and metrics. Section <c>Telemetry</c>. Nothing leaves the process by default:
/// the Prometheus endpoint is off, and when on it answers on its own management port, never on the public one.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve metrics in Prometheus text at <c>/metrics</c> on <see cref="PrometheusUrl"/>'s port.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// The management endpoint Kestrel adds for <c>/metrics</c> (an <c>http://</c> address with its port). Only
    /// <c>/metrics</c> answers there, and <c>/metrics</c> answers nowhere else. Loopback by default: expose it to a
    /// scraper on another machine deliberately (<c>http://0.0.0.0:9464</c>) behind a firewall.
    /// </summary>
    public string PrometheusUrl { get; set; } = "http://127.0.0.1:9464";

    /// <summary>An OpenTelemetry collector to send traces, metrics and logs to (e.g. <c>http://localhost:4317</c>); none when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The protocol <see cref="OtlpEndpoint"/> speaks: <c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The management port, when <see cref="PrometheusUrl"/> is valid.</summary>
    internal int? ManagementPort =>
        Uri.TryCreate(PrometheusUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.Port is > 0 and <= 65535
            && uri.AbsolutePath == "/" && PrometheusUrl.TrimEnd('/').EndsWith($":{uri.Port}", StringComparison.Ordinal)
            ? uri.Port
            : null;

    internal bool OtlpEndpointValid =>
        string.IsNullOrEmpty(OtlpEndpoint) || (Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
