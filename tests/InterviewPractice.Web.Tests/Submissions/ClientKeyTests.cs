using System.Net;
using System.Net.Http.Json;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// Who a client is, over a real socket: the connection's address, a configured proxy's X-Forwarded-For, and
/// IPv6 clients bucketed by /64. Seen through the per-client submission limit (one a minute here) and the stored
/// ClientId.
/// </summary>
public sealed class ClientKeyTests : IDisposable
{
    private readonly List<TestApp> _apps = [];

    public void Dispose() => _apps.ForEach(a => a.Dispose());

    private async Task<(TestApp App, HttpClient Client)> StartAsync(string? forwardedProxy)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Image"] = "interviewpractice/no-such-image:test",
            ["Judge:WarmPerLanguage"] = "0",
            ["Submissions:PerClientPerMinute"] = "1",
        };
        if (forwardedProxy is not null)
        {
            settings["Web:ForwardedProxies:0"] = forwardedProxy;
        }
        var app = new TestApp(settings: settings).OnKestrel();
        _apps.Add(app);
        var address = await app.StartKestrelAsync();
        return (app, new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
    }

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/submissions")
        {
            Content = JsonContent.Create(new { problem = "two-sum", language = "python", code = "class Solution: pass", mode = "submit" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static async Task<string[]> StoredClientsAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return [.. (await db.Submissions.AsNoTracking().Select(s => s.ClientId).ToListAsync()).Order()];
    }

    [Fact]
    public async Task ForwardedForFromAnAddressNotListedAsAProxyIsIgnored()
    {
        // A proxy is configured, but the request comes straight from loopback, which is not it.
        var (app, client) = await StartAsync(forwardedProxy: "10.9.9.9");

        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "203.0.113.2"));

        Assert.Equal(["127.0.0.1"], await StoredClientsAsync(app));
    }

    [Fact]
    public async Task ForwardedForFromAConfiguredProxyIsTheClient()
    {
        var (app, client) = await StartAsync(forwardedProxy: "127.0.0.0/8");

        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "203.0.113.1"));
        // A client's own spoofed entry before the proxy's is not believed: the proxy appends the real address.
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.9, 203.0.113.2"));

        Assert.Equal(["203.0.113.1", "203.0.113.2"], await StoredClientsAsync(app));
    }

    [Fact]
    public async Task IPv6ClientsShareALimitWithinOneSlash64AndNotAcrossThem()
    {
        var (app, client) = await StartAsync(forwardedProxy: "127.0.0.1");

        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "2001:db8:1:2:ffff:ffff:ffff:9"));
        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "2001:db8:1:3::1"));
        // An IPv4-mapped address is its IPv4 client.
        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync(client, "::ffff:198.51.100.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.7"));

        Assert.Equal(["198.51.100.7", "2001:db8:1:2::/64", "2001:db8:1:3::/64"], await StoredClientsAsync(app));
    }
}
