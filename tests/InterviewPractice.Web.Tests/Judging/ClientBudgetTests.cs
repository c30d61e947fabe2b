using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// One client cannot starve the others, end to end through the real judge: a client flooding the queue while
/// another submits, and a client past its C# compile budget.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class ClientBudgetTests
{
    [Fact]
    public async Task AClientFloodingTheQueueDoesNotDelayAnotherClientsFirstSubmission()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Judge:Workers"] = "1",
            ["Web:ForwardedProxies:0"] = "127.0.0.1",
        }).OnKestrel();
        using var http = new HttpClient { BaseAddress = await app.StartKestrelAsync(), Timeout = TimeSpan.FromSeconds(120) };
        await app.WaitForJudgeAsync();
        var code = SubmissionClient.Reference("two-sum", "python");

        var flood = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            flood.Add(await SubmitAsync(http, "198.51.100.1", code));
        }
        var mine = await SubmitAsync(http, "198.51.100.2", code);

        var view = await SubmissionClient.WaitAsync(http, mine);
        Assert.Equal("Accepted", (string?)view["verdict"]);
        var (arrived, finished) = ((DateTime)view["createdAt"]!, (DateTime)view["finishedAt"]!);
        var floodViews = await Task.WhenAll(flood.Select(id => SubmissionClient.WaitAsync(http, id)));
        // One worker: after the second client arrives, at most the flood's submission being judged and the one
        // after it (ranks tie at one, the older goes first) can finish before the second client's.
        var between = floodViews.Count(v => (DateTime)v["finishedAt"]! > arrived && (DateTime)v["finishedAt"]! < finished);
        var pending = floodViews.Count(v => (DateTime)v["finishedAt"]! > arrived);
        Assert.True(pending >= 5, $"only {pending} of the flood's submissions were still pending when the other client arrived: the test proves nothing");
        Assert.True(between <= 2, $"{between} of the flood's submissions were judged after the other client arrived and before its first: {await OrderAsync(app)}");
        Assert.All(floodViews, v => Assert.Equal("Accepted", (string?)v["verdict"]));
    }

    [Fact]
    public async Task AClientPastItsCompileBudgetIsToldWhenToTryAgainAndOthersStillCompile()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Judge:CompileBudgetPerMinute"] = "00:00:00.001",
            ["Judge:WarmPerLanguage"] = "0",
            ["Web:ForwardedProxies:0"] = "127.0.0.1",
        }).OnKestrel();
        using var http = new HttpClient { BaseAddress = await app.StartKestrelAsync(), Timeout = TimeSpan.FromSeconds(120) };
        await app.WaitForJudgeAsync();
        var code = SubmissionClient.Reference("two-sum", "csharp");

        var first = await SubmissionClient.WaitAsync(http, await SubmitAsync(http, "198.51.100.1", code, "csharp"));
        var second = await SubmissionClient.WaitAsync(http, await SubmitAsync(http, "198.51.100.1", code, "csharp"));
        var other = await SubmissionClient.WaitAsync(http, await SubmitAsync(http, "198.51.100.2", code, "csharp"));

        Assert.Equal("Accepted", (string?)first["verdict"]);
        Assert.Equal("CompilationError", (string?)second["verdict"]);
        Assert.Matches(@"used its 0 s of C# compile time for this minute\. Try again in \d+ s\.", (string?)second["compileOutput"]);
        Assert.Equal("Accepted", (string?)other["verdict"]);
    }

    private static async Task<string> OrderAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Submissions.AsNoTracking().OrderBy(s => s.StartedAt).Select(s => new { s.ClientId, s.CreatedAt, s.StartedAt }).ToListAsync();
        return string.Join("; ", rows.Select(r => $"{r.ClientId} created {r.CreatedAt:HH:mm:ss.fff} started {r.StartedAt:HH:mm:ss.fff}"));
    }

    private static Task<string> SubmitAsync(HttpClient http, string client, string code, string language = "python") =>
        SubmissionClient.SubmitAsync(http, "two-sum", language, code, forwardedFor: client);
}
