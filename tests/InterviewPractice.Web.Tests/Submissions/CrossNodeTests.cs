using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Data;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// A web node and a judge node on one PostgreSQL database: a submission posted to the web node is judged by the
/// judge node, and its progress reaches the web node's waiters through Redis, or, with Redis down, through the
/// database check.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class CrossNodeTests
{
    private static async Task<TestDatabase> SharedDatabaseAsync()
    {
        var database = await TestDatabase.NewAsync("postgres");
        await database.CreateAsync("SELECT 1");
        return database;
    }

    private static Dictionary<string, string?> Node(TestDatabase database, string role, string redis) => new()
    {
        ["Role"] = role,
        ["Database:Provider"] = "postgres",
        ["Database:ConnectionString"] = database.ConnectionString,
        ["Redis:Configuration"] = redis,
        ["Judge:WarmPerLanguage"] = "0",
    };

    [Fact]
    public async Task EachTestOfASubmissionJudgedOnTheJudgeNodeStreamsLiveFromTheWebNode()
    {
        await using var database = await SharedDatabaseAsync();
        var redis = await TestServices.RedisAsync();
        using var judge = new TestApp(settings: Node(database, "judge", redis));
        await judge.WaitForJudgeAsync();
        using var web = new TestApp(settings: Node(database, "web", redis));
        var client = web.CreateClient();
        await judge.WaitForRedisAsync();
        await web.WaitForRedisAsync();

        var id = await SubmissionClient.SubmitAsync(client, "two-sum", "python", SubmissionClient.Reference("two-sum", "python"), mode: "run");
        await using var stream = await EventStream.OpenAsync(client, $"/api/submissions/{id}/events");
        var events = new List<(string Event, JsonNode? Data)>();
        while (await stream.NextAsync() is { } e)
        {
            events.Add(e);
            if (e.Event == "done")
            {
                break;
            }
        }

        var done = events[^1];
        Assert.Equal("done", done.Event);
        Assert.Equal("Accepted", (string?)done.Data!["verdict"]);
        var tests = events.Where(e => e.Event == "test").Select(e => (int)e.Data!["index"]!).ToList();
        var judged = done.Data["tests"]!.AsArray().Select(t => (int)t!["index"]!).ToList();
        Assert.True(judged.Count >= 3, $"two-sum's run has {judged.Count} tests");
        // Per-test progress exists only as events of the node that judges: these came through Redis.
        Assert.Equal(judged, tests);
        Assert.Contains(judge.Logs.Lines, l => l.Contains($"Judged {id}", StringComparison.Ordinal));
        Assert.DoesNotContain(web.Logs.Lines, l => l.Contains("Judged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithRedisDownTheWebNodeStartsSaysDegradedAndVerdictsStillArriveByTheDatabaseCheck()
    {
        await using var database = await SharedDatabaseAsync();
        using var judge = new TestApp(settings: Node(database, "judge", await TestServices.RedisAsync()));
        await judge.WaitForJudgeAsync();
        using var web = new TestApp(settings: Node(database, "web", "127.0.0.1:1,connectTimeout=500"));
        var client = web.CreateClient();

        await web.UntilNotifierAsync(n => n.Problem?.Contains("does not answer", StringComparison.Ordinal) == true, "Redis does not answer");
        var health = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Equal("redis", (string?)health["events"]!["transport"]);
        Assert.Contains("Redis at 127.0.0.1:1", (string?)health["events"]!["problem"]);

        var view = await SubmissionClient.JudgeAsync(client, "two-sum", "javascript", SubmissionClient.Reference("two-sum", "javascript"), mode: "run");

        Assert.Equal("Accepted", (string?)view["verdict"]);
    }
}
