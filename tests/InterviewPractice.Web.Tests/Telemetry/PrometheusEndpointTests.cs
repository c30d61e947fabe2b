using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Telemetry;

/// <summary>The Prometheus endpoint is off the public surface: absent by default, and when on, only on its own port.</summary>
public sealed class PrometheusEndpointTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task MetricsAreNotServedByDefault()
    {
        using var app = new TestApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/metrics").WaitAsync(Bound);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WhenEnabledMetricsAnswerInPrometheusTextOnTheManagementPortAndNowhereElse()
    {
        var management = FreeLoopbackPort();
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:PrometheusUrl"] = $"http://127.0.0.1:{management}",
        }).OnKestrelAtConfiguredUrls();
        var addresses = await app.StartKestrelAtConfiguredUrlsAsync();
        Assert.Contains(addresses, a => a.Port == management);
        var site = Assert.Single(addresses, a => a.Port != management);
        using var http = new HttpClient { Timeout = Bound };

        // The public port serves the site, never the metrics, whatever Host the client claims.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(site, "api/problems"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(site, "metrics"))).StatusCode);
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, new Uri(site, "metrics"));
        spoofed.Headers.Host = $"127.0.0.1:{management}";
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(spoofed)).StatusCode);

        // The management port serves the metrics and nothing of the site.
        var metrics = await http.GetAsync($"http://127.0.0.1:{management}/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.StartsWith("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        var text = await metrics.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE judge_queue_depth gauge", text);
        Assert.Contains("# TYPE judge_pool_idle gauge", text);
        Assert.Contains("# TYPE judge_compilers gauge", text);
        Assert.Contains("kestrel_active_connections", text);
        Assert.Contains("http_server_request_duration_seconds", text);
        // This judge's warm-pool target (Judge:WarmPerLanguage=1 in test apps), per language.
        Assert.Matches(new Regex($$"""^judge_pool_target\{(?=[^}]*language="python")(?=[^}]*node="{{app.NodeId}}")[^}]*\} 1\b""", RegexOptions.Multiline), text);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{management}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{management}/api/problems")).StatusCode);
    }

    [Fact]
    public void AManagementUrlWithoutAnExplicitPortIsRefusedAtStart()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:PrometheusUrl"] = "http://127.0.0.1/",
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Telemetry:PrometheusUrl", failure.ToString());
    }

    // The port is free now; the app binds it a moment later (a race only another process binding it could lose).
    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
