using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace InterviewPractice.Web.Tests.Submissions;

/// <summary>
/// <c>kill -9</c> of a single-process server with 50 submissions queued: after a restart all 50 are judged, each
/// exactly once, and none of its containers outlives it.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed partial class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 50;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ip-kill9-{Guid.NewGuid():N}.db");
    private readonly string _node = $"kill9-{Guid.NewGuid():N}"[..17];

    [Fact]
    public async Task AfterKillNineAndARestartAllFiftyQueuedSubmissionsAreJudgedExactlyOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Problems:Path"] = TestPaths.Problems,
            ["Problems:Watch"] = "false",
            ["Database:ConnectionString"] = $"Data Source={_database}",
            ["Judge:NodeId"] = _node,
            ["Judge:Workers"] = "1",
            ["Judge:WarmPerLanguage"] = "1",
            ["Judge:MaxWarmPerLanguage"] = "1",
            ["Submissions:MaxQueuedPerClient"] = "1000",
            ["Submissions:PerClientPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:InterviewPractice"] = "Information",
        };
        string[] languages = ["python", "javascript", "csharp"];

        HashSet<Guid> ids = [];
        List<Row> atKill;
        IReadOnlyCollection<string> firstOutput;
        using (var first = ServerProcess.Start(settings))
        {
            await first.WaitForJudgeAsync();
            for (var i = 0; i < Count; i++)
            {
                var language = languages[i % languages.Length];
                var response = await first.Client.PostAsJsonAsync("/api/submissions",
                    new { problem = "two-sum", language, code = SubmissionClient.Reference("two-sum", language), mode = "submit" });
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                ids.Add(Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!));
            }
            // Killed mid-judging, with some verdicts stored already: both must survive as they are.
            await UntilAsync(rows => rows.Any(r => r.Status == "Running") && rows.Count(r => r.Status == "Done") >= 2, "one judging and two judged", 120);
            await first.KillAsync();
            atKill = await RowsAsync();
            firstOutput = first.Output;
        }
        var doneAtKill = atKill.Where(r => r.Status == "Done").Select(r => r.Id).ToHashSet();
        var runningAtKill = atKill.Where(r => r.Status == "Running").Select(r => r.Id).ToHashSet();
        Assert.True(doneAtKill.Count < Count, "everything was judged before the kill; the test proves nothing");

        IReadOnlyCollection<string> secondOutput;
        using (var second = ServerProcess.Start(settings))
        {
            await UntilAsync(rows => rows.Count == Count && rows.All(r => r.Status == "Done"), "all 50 judged", 300);
            await second.StopAsync();
            secondOutput = second.Output;
        }

        var rows = await RowsAsync();
        output.WriteLine($"At the kill: {doneAtKill.Count} judged, {runningAtKill.Count} judging; judged by the first process (logged): {Judged(firstOutput).Count}, by the second: {Judged(secondOutput).Count}");
        Assert.Equal(ids, rows.Select(r => r.Id).ToHashSet());
        Assert.All(rows, r => Assert.Equal((r.Id, "Accepted"), (r.Id, r.Verdict)));

        // "Judged {id}" is logged once per stored verdict (after the conditional update that only the lease holder
        // can make succeed). The first process's last lines may die unflushed with it, so the database as seen
        // right after the kill says what it had judged; its log may only name some of those.
        var judgedFirst = Judged(firstOutput);
        var judgedSecond = Judged(secondOutput);
        Assert.All(judgedFirst.Concat(judgedSecond).GroupBy(id => id), g => Assert.True(g.Count() == 1, $"{g.Key} was judged {g.Count()} times"));
        Assert.Subset(doneAtKill, judgedFirst.ToHashSet());
        Assert.Empty(judgedSecond.Intersect(doneAtKill));
        Assert.Equal(ids.Except(doneAtKill).Order(), judgedSecond.Order());
        // Attempts counts claims: the judging the kill interrupted was claimed again and judged once more, and
        // its first result never stored.
        Assert.All(rows.Where(r => runningAtKill.Contains(r.Id)), r => Assert.Equal(2, r.Attempts));
        if (runningAtKill.Count > 0)
        {
            Assert.Contains(secondOutput, l => l.Contains($"Requeued {runningAtKill.Count} submissions interrupted", StringComparison.Ordinal));
        }
        // The killed process's containers (warm runners, the compiler, the one judging) were swept at restart,
        // and the second, stopped properly, left none.
        Assert.Contains(secondOutput, l => l.Contains("sandbox containers left by a previous run", StringComparison.Ordinal));
        using var docker = new DockerClient("unix:///var/run/docker.sock", TimeSpan.FromSeconds(30));
        Assert.Empty(await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={_node}", CancellationToken.None));
    }

    private static List<Guid> Judged(IEnumerable<string> output) =>
        [.. output.Select(l => JudgedLine().Match(l)).Where(m => m.Success).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"Judged ([0-9a-fA-F-]{36}) \(")]
    private static partial Regex JudgedLine();

    private sealed record Row(Guid Id, string Status, string? Verdict, int Attempts);

    private async Task<List<Row>> RowsAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder($"Data Source={_database}") { Pooling = false, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Status", "Verdict", "Attempts" FROM "Submissions" """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
        }
        return rows;
    }

    private async Task UntilAsync(Func<List<Row>, bool> condition, string what, double seconds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        List<Row> rows;
        while (!condition(rows = await RowsAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"Not {what} within {seconds} s: {string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        // Whatever happened, no container of this test's node stays behind.
        using var docker = new DockerClient("unix:///var/run/docker.sock", TimeSpan.FromSeconds(30));
        var left = docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={_node}", CancellationToken.None).GetAwaiter().GetResult();
        Task.WaitAll([.. left.Select(id => docker.RemoveAsync(id, CancellationToken.None))], TimeSpan.FromSeconds(60));
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
