using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>Queued and interrupted submissions survive a restart and are judged once.</summary>
[Collection(JudgeCollection.Name)]
public sealed class QueueDurabilityTests
{
    [Fact]
    public async Task QueuedAndInterruptedSubmissionsAreJudgedOnceAfterARestart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ip-restart-{Guid.NewGuid():N}.db");
        var shared = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={database}",
            ["Judge:WarmPerLanguage"] = "0",
        };
        var ids = new List<string>();
        string node;
        // First life: the judge cannot start (no such image), so everything stays queued; then one is caught
        // mid-judging, as a server killed during a run leaves it.
        using (var first = new TestApp(settings: new Dictionary<string, string?>(shared) { ["Judge:Image"] = "interviewpractice/no-such-image:test" }))
        {
            node = first.NodeId;
            var client = first.CreateClient();
            foreach (var language in new[] { "python", "javascript", "csharp", "python", "javascript" })
            {
                var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "two-sum", language, code = SubmissionClient.Reference("two-sum", language), mode = "submit" });
                ids.Add((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
            }
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var interrupted = Guid.Parse(ids[0]);
            await db.Submissions.Where(s => s.Id == interrupted).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Running)
                .SetProperty(s => s.LeaseOwner, node)
                .SetProperty(s => s.LeaseUntil, DateTime.UtcNow.AddHours(1))
                .SetProperty(s => s.Attempts, 1));
        }

        // Second life: same database, same node, a working judge.
        using var second = new TestApp(settings: new Dictionary<string, string?>(shared) { ["Judge:NodeId"] = node });
        await second.WaitForJudgeAsync();
        var secondClient = second.CreateClient();
        foreach (var id in ids)
        {
            var view = await SubmissionClient.WaitAsync(secondClient, id);
            Assert.Equal("Accepted", (string?)view["verdict"]);
        }

        await using var check = second.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().ToListAsync();
        Assert.Equal(ids.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(SubmissionStatus.Done, r.Status));
        // Claimed exactly once in the second life: the interrupted one had one claim before.
        Assert.Equal(2, rows.Single(r => r.Id == Guid.Parse(ids[0])).Attempts);
        Assert.All(rows.Where(r => r.Id != Guid.Parse(ids[0])), r => Assert.Equal(1, r.Attempts));
        File.Delete(database);
    }
}
