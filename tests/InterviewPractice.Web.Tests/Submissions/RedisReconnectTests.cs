using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// A Redis of its own (redis-server on a free port, installed by ./interview setup redis) that goes away and comes
/// back: the node says degraded meanwhile, and afterwards other nodes' events reach its waiters again without
/// a restart (StackExchange.Redis renews the subscription).
/// </summary>
public sealed class RedisReconnectTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AfterRedisRestartsOtherNodesEventsReachWaitersAgainAndHealthRecovers()
    {
        var port = FreePort();
        var redis = StartRedis(port);
        try
        {
            using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web", ["Redis:Configuration"] = $"127.0.0.1:{port}" });
            var client = app.CreateClient();
            await app.WaitForRedisAsync();
            var events = app.Services.GetRequiredService<SubmissionEvents>();
            using var otherNode = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false");
            var id = Guid.CreateVersion7();
            using var subscription = events.Subscribe(id);

            await PublishAsync(otherNode, new SubmissionProgress(id, new TestResult(0, TestKind.Sample, Verdict.Accepted, 5, null)));
            Assert.Equal(0, ((SubmissionProgress)await subscription.Reader.ReadAsync().AsTask().WaitAsync(Bound)).Test.Index);

            redis.Kill();
            await redis.WaitForExitAsync().WaitAsync(Bound);
            var down = await HealthUntilAsync(client, h => (string?)h["status"] == "degraded");
            Assert.Contains($"Redis at 127.0.0.1:{port} does not answer", (string?)down["events"]!["problem"]);

            redis = StartRedis(port);
            await HealthUntilAsync(client, h => (string?)h["status"] == "ok");
            await app.WaitForRedisAsync();
            // The subscription is renewed just after the connection: publish until the node hears it.
            var deadline = DateTime.UtcNow + Bound;
            SubmissionEvent? heard = null;
            while (heard is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "No event reached the node within 30 s of Redis coming back");
                await PublishAsync(otherNode, new SubmissionProgress(id, new TestResult(1, TestKind.Sample, Verdict.Accepted, 5, null)));
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
                try
                {
                    heard = await subscription.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
            Assert.Equal(1, ((SubmissionProgress)heard).Test.Index);
        }
        finally
        {
            redis.Kill();
            await redis.WaitForExitAsync().WaitAsync(Bound);
            redis.Dispose();
        }
    }

    private static async Task PublishAsync(ConnectionMultiplexer redis, SubmissionEvent e)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new SubmissionMessage(Guid.NewGuid(), e), SubmissionMessageJson.Default.SubmissionMessage);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(new RedisOptions().Channel), body).WaitAsync(Bound);
    }

    private static async Task<JsonObject> HealthUntilAsync(HttpClient client, Func<JsonObject, bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            var health = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
            if (condition(health))
            {
                return health;
            }
            Assert.True(DateTime.UtcNow < deadline, $"/health did not change within 30 s: {health.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    private static Process StartRedis(int port)
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--logfile", "/dev/null" },
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start; run ./interview setup redis");
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
