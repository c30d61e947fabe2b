using System.Diagnostics;
using InterviewPractice.Judging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InterviewPractice.Web.Telemetry;

/// <summary>
/// OpenTelemetry for the web host and its judge: traces (requests, the judge's spans, Docker engine calls made
/// while judging) and metrics (the judge's instruments, ASP.NET Core, Kestrel's connections, HttpClient, the
/// runtime); exported to Prometheus on a management port and/or an OTLP collector when configured.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Kestrel's own meter: <c>kestrel.active_connections</c> and friends.</summary>
    private const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => o.ManagementPort is not null, "Telemetry:PrometheusUrl must be an http:// address with an explicit port and no path, e.g. http://127.0.0.1:9464")
            .Validate(o => o.OtlpEndpointValid, "Telemetry:OtlpEndpoint must be an http:// or https:// address, e.g. http://localhost:4317")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<SubmissionMetrics>();

        // The exporters and Kestrel's endpoints are chosen while building; the options are validated again at start.
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        var managementPort = options.Prometheus ? options.ManagementPort : null;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("interviewpractice"))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new NoBackgroundClientCalls()))
                .AddSource(JudgeTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => context.Connection.LocalPort != managementPort)
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(JudgeTelemetry.Name, KestrelMeter)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrEmpty(options.OtlpEndpoint) && options.OtlpEndpointValid)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol, new Uri(options.OtlpEndpoint));
        }
        if (managementPort is not null)
        {
            builder.WebHost.UseUrls([.. PublicUrls(builder.WebHost), options.PrometheusUrl]);
        }
        return builder;
    }

    /// <summary>
    /// Creates the queue's gauges at start, and serves <c>/metrics</c> on the management port when Prometheus is on.
    /// Put it first: on the management port nothing else of the app answers.
    /// </summary>
    public static WebApplication UseTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<SubmissionMetrics>();
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (options is { Prometheus: true, ManagementPort: { } port })
        {
            // Told apart by the port the connection arrived on, never by the Host header (which a client chooses).
            app.UseWhen(context => context.Connection.LocalPort == port, management =>
            {
                management.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == "/metrics");
                management.Run(context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            });
        }
        return app;
    }

    // Adding a Kestrel endpoint in code would replace the configured URLs, so the management endpoint joins them
    // instead: the URLs (ASPNETCORE_URLS, --urls), else the ports (ASPNETCORE_HTTP_PORTS ...), else Kestrel's default.
    // Endpoints under Kestrel:Endpoints replace all of these: list the management endpoint there too.
    private static IEnumerable<string> PublicUrls(IWebHostBuilder host)
    {
        if (host.GetSetting(WebHostDefaults.ServerUrlsKey) is { Length: > 0 } urls)
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        var ports = Ports(host, WebHostDefaults.HttpPortsKey, "http").Concat(Ports(host, WebHostDefaults.HttpsPortsKey, "https")).ToList();
        return ports.Count > 0 ? ports : ["http://localhost:5000"];
    }

    private static IEnumerable<string> Ports(IWebHostBuilder host, string key, string scheme) =>
        (host.GetSetting(key) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}");

    /// <summary>
    /// Keeps traces to work someone asked for: the judge's background calls to the Docker engine (health pings,
    /// warm-pool refills, container removals) would otherwise each start a trace of their own every few seconds.
    /// Client calls made inside a trace (while judging) follow their parent.
    /// </summary>
    private sealed class NoBackgroundClientCalls : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters parameters) =>
            new(parameters.Kind == ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
    }
}
