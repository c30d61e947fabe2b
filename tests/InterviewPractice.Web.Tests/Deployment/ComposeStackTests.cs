using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InterviewPractice.Web.Tests.Deployment;

/// <summary>
/// The docker-compose stack on this machine's engine, used only through its proxy as a client would, with the
/// database and the containers looked at from outside to see what happened. Each test leaves every service
/// running again, so they pass in any order.
/// </summary>
[Collection(ComposeCollection.Name)]
public sealed class ComposeStackTests(ComposeStack stack, ITestOutputHelper output)
{
    private static readonly string[] LanguageIds = ["python", "javascript", "csharp"];

    [Fact]
    public async Task SubmissionsInEveryLanguageAreJudgedThroughTheProxy()
    {
        output.WriteLine($"./interview compose up took {stack.UpTime.TotalSeconds:0.0} s");
        var health = await stack.GetEventuallyAsync("/health", TimeSpan.FromSeconds(30));
        Assert.True((int?)health["problems"] > 0);

        var ids = new List<string>();
        foreach (var language in LanguageIds)
        {
            ids.Add(await stack.SubmitAsync(language));
        }
        foreach (var id in ids)
        {
            var view = await stack.VerdictAsync(id);
            Assert.True((string?)view["verdict"] == "Accepted", $"{view["language"]}: {view.ToJsonString()}");
        }
    }

    [Fact]
    public async Task ServerSentEventsPassThroughTheProxy()
    {
        var id = await stack.SubmitAsync("python");
        await using var stream = await EventStream.OpenAsync(stack.Client, $"/api/submissions/{id}/events");
        var events = new List<(string Event, JsonNode? Data)>();
        while (await stream.NextAsync() is { } next)
        {
            events.Add(next);
        }
        Assert.Equal("status", events[0].Event);
        Assert.Equal(("done", "Accepted"), ((string?)events[^1].Data?["status"], (string?)events[^1].Data?["verdict"]));
    }

    [Fact]
    public async Task KillingAJudgeMidJudgingStillJudgesEverySubmissionExactlyOnce()
    {
        var clock = Stopwatch.StartNew();
        var ids = new List<string>();
        string? killed = null;
        IReadOnlyList<string> interrupted = [];
        // A batch can finish between seeing a submission running and killing its node; then try another batch.
        for (var round = 0; round < 3 && interrupted.Count == 0; round++)
        {
            var csharp = new List<string>();
            foreach (var language in LanguageIds.Concat(LanguageIds))
            {
                var submitted = await stack.SubmitAsync(language, "run", LargeInputs());
                ids.Add(submitted);
                if (language == "csharp")
                {
                    csharp.Add(submitted);
                }
            }
            // C# compiles first, so its submissions take longest: the likeliest to be caught mid-judging.
            var (id, node) = await RunningAsync(csharp, TimeSpan.FromSeconds(60));
            killed = node.EndsWith("judge-1", StringComparison.Ordinal) ? "judge-1" : "judge-2";
            await stack.DockerAsync("kill", await stack.ContainerAsync(killed));
            // The node is dead: whatever it still holds was interrupted mid-judging.
            interrupted = (await stack.QueryAsync(
                    $"""SELECT "Id" FROM "Submissions" WHERE "Status" = 'Running' AND "LeaseOwner" = '{node}'"""))
                .Select(r => r[0]).ToArray();
            output.WriteLine($"round {round}: saw {id} running on {node}; killed {killed}; interrupted: {string.Join(", ", interrupted)}");
            if (interrupted.Count == 0)
            {
                await stack.DockerAsync("start", await stack.ContainerAsync(killed));
            }
        }
        Assert.NotEmpty(interrupted);

        foreach (var id in ids)
        {
            var view = await stack.VerdictAsync(id);
            Assert.True((string?)view["verdict"] == "Accepted", view.ToJsonString());
        }
        output.WriteLine($"{ids.Count} verdicts {clock.Elapsed.TotalSeconds:0.0} s after the first submission");

        // In the database: every submission done once; the interrupted ones were claimed a second time.
        var rows = await stack.QueryAsync(
            $"""SELECT "Id", "Status", "Attempts", "FinishedAt" IS NOT NULL FROM "Submissions" WHERE "Id" IN ({string.Join(", ", ids.Select(i => $"'{i}'"))})""");
        Assert.Equal(ids.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(["Done", "t"], new[] { r[1], r[3] }));
        Assert.All(rows.Where(r => interrupted.Contains(r[0])), r => Assert.Equal("2", r[2]));
        // In the judges' logs (the killed node's included): no verdict stored twice, and the interrupted ones stored
        // by a node that was alive. A node killed right after storing a verdict may not have written its log line.
        var logs = await stack.JudgeLogsAsync();
        Assert.All(ids, id => Assert.InRange(Occurrences(logs, $"Judged {id} "), 0, 1));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (interrupted.Any(id => Occurrences(logs, $"Judged {id} ") != 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            logs = await stack.JudgeLogsAsync();
        }
        Assert.All(interrupted, id => Assert.Equal(1, Occurrences(logs, $"Judged {id} ")));

        await stack.DockerAsync("start", await stack.ContainerAsync(killed!));
        await stack.WaitHealthyAsync(killed!, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task RestartingPostgresLosesNothingAndTheNodesReconnect()
    {
        var before = await stack.SubmitAsync("python");
        Assert.Equal("Accepted", (string?)(await stack.VerdictAsync(before))["verdict"]);

        var clock = Stopwatch.StartNew();
        await stack.DockerAsync("restart", await stack.ContainerAsync("postgres"));
        await stack.WaitHealthyAsync("postgres", TimeSpan.FromSeconds(60));
        output.WriteLine($"postgres restarted and healthy in {clock.Elapsed.TotalSeconds:0.0} s");

        // Both web nodes read the old submission again (each asked directly, inside its container).
        foreach (var web in new[] { "web-1", "web-2" })
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            var container = await stack.ContainerAsync(web);
            while (true)
            {
                var read = await stack.TryDockerAsync("exec", container, "curl", "-fsS", "--max-time", "5", $"http://127.0.0.1:8080/api/submissions/{before}");
                if (read is not null)
                {
                    Assert.Equal("Accepted", (string?)JsonNode.Parse(read)!["verdict"]);
                    break;
                }
                Assert.True(DateTime.UtcNow < deadline, $"{web} does not read submissions again within 60 s of the restart");
                await Task.Delay(250);
            }
        }
        output.WriteLine($"both web nodes read from the database {clock.Elapsed.TotalSeconds:0.0} s after the restart began");

        var after = await stack.SubmitAsync("javascript");
        Assert.Equal("Accepted", (string?)(await stack.VerdictAsync(after))["verdict"]);
        output.WriteLine($"a new submission judged {clock.Elapsed.TotalSeconds:0.0} s after the restart began");
    }

    [Fact]
    public async Task StoppingOneWebNodeLeavesTheOtherServing()
    {
        var web2 = await stack.ContainerAsync("web-2");
        await stack.DockerAsync("stop", web2);
        try
        {
            var clock = Stopwatch.StartNew();
            // Every request succeeds: the proxy skips the stopped node.
            for (var i = 0; i < 10; i++)
            {
                using var response = await stack.Client.GetAsync("/health");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            var id = await stack.SubmitAsync("python");
            Assert.Equal("Accepted", (string?)(await stack.VerdictAsync(id))["verdict"]);
            output.WriteLine($"10 reads and a judged submission with web-2 stopped in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            await stack.DockerAsync("start", web2);
        }
        await stack.WaitHealthyAsync("web-2", TimeSpan.FromSeconds(60));
    }

    // Ten arguments of 2,000 numbers each: a run that takes a while in every language, with a right answer.
    private static JsonArray LargeInputs()
    {
        var inputs = new JsonArray();
        for (var i = 0; i < 10; i++)
        {
            var nums = new JsonArray();
            for (var k = 0; k < 2000; k++)
            {
                nums.Add(k * 3 + i);
            }
            inputs.Add(new JsonObject { ["nums"] = nums, ["target"] = (1998 * 3 + i) + (1999 * 3 + i) });
        }
        return inputs;
    }

    // Polls the database (there is no event to await from outside the stack) until one of the submissions runs.
    private async Task<(string Id, string Node)> RunningAsync(IReadOnlyList<string> ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var running = await stack.QueryAsync(
                $"""SELECT "Id", "LeaseOwner" FROM "Submissions" WHERE "Status" = 'Running' AND "Id" IN ({string.Join(", ", ids.Select(i => $"'{i}'"))})""");
            if (running.Count > 0)
            {
                return (running[0][0], running[0][1]);
            }
            Assert.True(DateTime.UtcNow < deadline, $"none of {ids.Count} submissions was seen running within {timeout.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
