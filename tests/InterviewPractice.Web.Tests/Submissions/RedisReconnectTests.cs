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
/// A Redis of its own (a container on a fixed loopback port, <see cref="TestServices.StartRedisAsync"/>) that
/// stops and starts again: the node says degraded meanwhile, and afterwards other nodes' events reach its waiters
/// again without a restart (StackExchange.Redis renews the subscription).
/// </summary>
public sealed class RedisReconnectTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AfterRedisRestartsOtherNodesEventsReachWaitersAgainAndHealthRecovers()
    {
        var (redis, configuration) = await TestServices.StartRedisAsync();
        await using var _ = redis;
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web", ["Redis:Configuration"] = configuration });
        var client = app.CreateClient();
        await app.WaitForRedisAsync();
        var events = app.Services.GetRequiredService<SubmissionEvents>();
        using var otherNode = await ConnectionMultiplexer.ConnectAsync($"{configuration},abortConnect=false");
        var id = Guid.CreateVersion7();
        using var subscription = events.Subscribe(id);

        await PublishAsync(otherNode, new SubmissionProgress(id, new TestResult(0, TestKind.Sample, Verdict.Accepted, 5, null)));
        Assert.Equal(0, ((SubmissionProgress)await subscription.Reader.ReadAsync().AsTask().WaitAsync(Bound)).Test.Index);

        await redis.StopAsync().WaitAsync(Bound);
        await app.UntilNotifierAsync(n => !n.ReachesOtherNodes && n.Problem is not null, "Redis down");
        var down = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("degraded", (string?)down["status"]);
        Assert.Contains($"Redis at {configuration} does not answer", (string?)down["events"]!["problem"]);

        await redis.StartAsync().WaitAsync(Bound);
        await app.WaitForRedisAsync();
        var up = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("ok", (string?)up["status"]);
        // The subscription is renewed just after the connection, with no event of its own: publish until the
        // node hears it (each attempt waits for the message, bounded).
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

    private static async Task PublishAsync(ConnectionMultiplexer redis, SubmissionEvent e)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new SubmissionMessage(Guid.NewGuid(), e), SubmissionMessageJson.Default.SubmissionMessage);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(new RedisOptions().Channel), body).WaitAsync(Bound);
    }
}
