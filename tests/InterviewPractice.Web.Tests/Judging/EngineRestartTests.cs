using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>Stopping the real Docker engine kills every container on it: this runs alone, after everything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineRestartCollection
{
    public const string Name = "Engine restart";
}

/// <summary>
/// The Docker engine stops mid-judging and the project's own setup starts it again: every submission, queued or
/// interrupted, gets its true verdict once the engine is back; none is lost, none judged twice.
/// </summary>
[Collection(EngineRestartCollection.Name)]
public sealed class EngineRestartTests
{
    [Fact]
    public async Task EngineStoppedAndStartedAgainMidJudgingLosesNothingAndJudgesNothingTwice()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Judge:EngineCheckInterval"] = "00:00:00.5",
            ["Judge:Workers"] = "2",
        });
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(120);
        await app.WaitForJudgeAsync();
        var events = app.Services.GetRequiredService<SubmissionEvents>();

        var languages = new[] { "python", "javascript", "csharp", "python", "javascript", "csharp" };
        var ids = new List<string>();
        foreach (var language in languages)
        {
            ids.Add(await SubmissionClient.SubmitAsync(client, "two-sum", language, SubmissionClient.Reference("two-sum", language)));
        }
        using (var first = events.Subscribe(Guid.Parse(ids[0])))
        {
            var view = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{ids[0]}"))!;
            if ((string?)view["status"] == "queued")
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await first.Reader.ReadAsync(timeout.Token);
            }
        }

        await StopEngineAsync();
        await app.UntilAsync(s => !s.Ready, "not ready");
        await RunAsync("bash", Path.Combine(TestPaths.Repository, "scripts", "setup", "docker.sh"));
        await app.UntilAsync(s => s.Ready, "ready again", seconds: 90);

        foreach (var id in ids)
        {
            var view = await SubmissionClient.WaitAsync(client, id, seconds: 120);
            Assert.True((string?)view["verdict"] == "Accepted", $"{id}: {view.ToJsonString()}\n{string.Join('\n', app.Logs.Lines.Where(l => l.Contains(" InterviewPractice.", StringComparison.Ordinal)).TakeLast(40))}");
        }
        foreach (var id in ids)
        {
            Assert.Single(app.Logs.Lines, l => l.Contains($"Judged {id}", StringComparison.Ordinal));
        }
        await app.UntilAsync(s => s.Health == "ok", "ok again", seconds: 90);
        app.Dispose();
        await app.RemoveItsContainersAsync();
    }

    // As an operator would: SIGTERM to the daemon the project's setup started, then wait for it to be gone.
    private static async Task StopEngineAsync()
    {
        var pidText = await File.ReadAllTextAsync("/var/run/docker.pid");
        using var dockerd = Process.GetProcessById(int.Parse(pidText.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        await RunAsync("kill", "-TERM", pidText.Trim());
        await dockerd.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {await output}{await error}");
    }
}
