using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// Long polls and event streams: they hear of verdicts stored by any node through one batched database check
/// per interval, and each client may hold only so many open. The judge here never becomes ready, so these
/// tests write starts and verdicts into the database themselves, as another node would.
/// </summary>
public sealed class SubmissionWaitTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly QueryCounter _queries = new();
    private readonly List<TestApp> _apps = [];

    public void Dispose() => _apps.ForEach(a => a.Dispose());

    private static bool IsRead(string sql) => sql.Contains("-- " + SubmissionReads.ReadTag, StringComparison.Ordinal);

    private static bool IsWatcher(string sql) => sql.Contains("-- " + SubmissionWatcher.QueryTag, StringComparison.Ordinal);

    private static bool IsSubmissionQuery(string sql) => sql.Contains("\"Submissions\"", StringComparison.Ordinal);

    private (TestApp App, HttpClient Client) Start(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Image"] = "interviewpractice/no-such-image:test",
            ["Judge:WarmPerLanguage"] = "0",
            ["Submissions:PollInterval"] = "00:00:00.1",
            ["Submissions:MaxQueuedPerClient"] = "100",
            ["Submissions:MaxWaitersPerClient"] = "100",
        };
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }
        var app = new TestApp(settings: settings, services: _queries.AddTo);
        _apps.Add(app);
        return (app, app.CreateClient());
    }

    private static async Task<Guid> SubmitAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "two-sum", language = "python", code = "class Solution: pass", mode = "submit" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
    }

    /// <summary>What another node does to the shared database: start judging, or store a verdict.</summary>
    private static async Task WriteAsync(TestApp app, IReadOnlyCollection<Guid> ids, SubmissionStatus status)
    {
        var json = JsonSerializer.Serialize(new JudgeResult(Verdict.Accepted, 1, 1, [], null, 3, 100, null), SubmissionJson.Options);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = db.Submissions.Where(s => ids.Contains(s.Id));
        if (status == SubmissionStatus.Running)
        {
            await rows.ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Running)
                .SetProperty(s => s.LeaseOwner, "another-node")
                .SetProperty(s => s.LeaseUntil, DateTime.UtcNow.AddMinutes(1)));
        }
        else
        {
            await rows.ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Verdict, Verdict.Accepted)
                .SetProperty(s => s.ResultJson, json)
                .SetProperty(s => s.FinishedAt, DateTime.UtcNow));
        }
    }

    [Fact]
    public async Task ManyLongPollsCostOneDatabaseQueryPerIntervalNotOnePerWaiter()
    {
        var (app, client) = Start();
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await SubmitAsync(client));
        }
        var waits = ids.Select(id => client.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}?wait=30")).ToList();
        await _queries.WhenCountAsync(IsRead, ids.Count).WaitAsync(Bound);

        var before = _queries.Count(IsSubmissionQuery);
        await _queries.WhenCountAsync(IsWatcher, _queries.Count(IsWatcher) + 10).WaitAsync(Bound);
        var during = _queries.Count(IsSubmissionQuery) - before;

        // Ten intervals: ten watcher queries (one more may have started meanwhile), nothing per waiter.
        Assert.InRange(during, 10, 12);
        await WriteAsync(app, ids, SubmissionStatus.Done);
        var views = await Task.WhenAll(waits).WaitAsync(Bound);
        Assert.All(views, v => Assert.Equal(("done", "Accepted"), ((string?)v!["status"], (string?)v["verdict"])));
    }

    [Fact]
    public async Task StartAndVerdictStoredByAnotherNodeReachALongPollAndAnEventStream()
    {
        var (app, client) = Start();
        var id = await SubmitAsync(client);
        await using var stream = await EventStream.OpenAsync(client, $"/api/submissions/{id}/events");
        Assert.Equal(("status", "queued"), Event(await stream.NextAsync(), "status"));
        var poll = client.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}?wait=30");
        await _queries.WhenCountAsync(IsRead, 2).WaitAsync(Bound);

        await WriteAsync(app, [id], SubmissionStatus.Running);
        Assert.Equal(("status", "running"), Event(await stream.NextAsync(), "status"));
        await WriteAsync(app, [id], SubmissionStatus.Done);

        Assert.Equal(("done", "Accepted"), Event(await stream.NextAsync(), "verdict"));
        Assert.Null(await stream.NextAsync());
        // Well before the 30 s wait ends: the verdict reached the long poll, not the wait's end.
        var view = await poll.WaitAsync(Bound);
        Assert.Equal(("done", "Accepted"), ((string?)view!["status"], (string?)view["verdict"]));
    }

    [Fact]
    public async Task WaitersStillHearOfVerdictsAfterTheDatabaseFailedTheWatcher()
    {
        var (app, client) = Start();
        var id = await SubmitAsync(client);
        _queries.Fail(IsWatcher, times: 2);
        await using var stream = await EventStream.OpenAsync(client, $"/api/submissions/{id}/events");
        Assert.Equal(("status", "queued"), Event(await stream.NextAsync(), "status"));
        await _queries.WhenCountAsync(IsRead, 1).WaitAsync(Bound);

        await WriteAsync(app, [id], SubmissionStatus.Done);

        Assert.Equal(("done", "Accepted"), Event(await stream.NextAsync(), "verdict"));
        Assert.Equal(2, app.Logs.Lines.Count(l => l.Contains("Looking up waited-on submissions failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OpenWaitsPastTheClientsLimitAnswer429AndAreFreedWhenTheyEnd()
    {
        var (app, client) = Start(new() { ["Submissions:MaxWaitersPerClient"] = "2" });
        var id = await SubmitAsync(client);
        var other = await SubmitAsync(client);
        await using var first = await EventStream.OpenAsync(client, $"/api/submissions/{id}/events");
        await using var second = await EventStream.OpenAsync(client, $"/api/submissions/{id}/events");
        Assert.Equal(("status", "queued"), Event(await first.NextAsync(), "status"));
        Assert.Equal(("status", "queued"), Event(await second.NextAsync(), "status"));

        var refused = await client.GetAsync($"/api/submissions/{other}?wait=5");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("long polls or event streams open", (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
        using (var refusedStream = await client.GetAsync($"/api/submissions/{other}/events", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedStream.StatusCode);
        }
        // A read that does not wait holds nothing open.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/submissions/{other}")).StatusCode);

        await WriteAsync(app, [id], SubmissionStatus.Done);
        Assert.Equal("done", (await first.NextAsync())?.Event);
        Assert.Null(await first.NextAsync());
        Assert.Equal("done", (await second.NextAsync())?.Event);
        Assert.Null(await second.NextAsync());

        var view = await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{other}?wait=0.2");
        Assert.Equal("queued", (string?)view!["status"]);
    }

    private static (string, string?) Event((string Event, JsonNode? Data)? e, string field) =>
        e is { } value ? (value.Event, (string?)value.Data?[field]) : ("(end of stream)", null);
}
