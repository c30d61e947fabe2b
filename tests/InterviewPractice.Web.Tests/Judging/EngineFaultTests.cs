using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// The engine fails for real, through a unix-socket proxy in front of it: it hangs, it drops every connection
/// mid-judging, it is slow. The judge says so on /health, no loop dies, and every submission is judged once the
/// engine is back, none lost.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class EngineFaultTests
{
    private static TestApp AppBehind(FaultProxy proxy) => new(settings: new Dictionary<string, string?>
    {
        ["Judge:DockerEndpoint"] = proxy.Endpoint,
        ["Judge:EngineTimeout"] = "00:00:02",
        ["Judge:EngineCheckInterval"] = "00:00:00.5",
        ["Judge:WarmPerLanguage"] = "1",
        ["Judge:MaxWarmPerLanguage"] = "1",
        ["Judge:Workers"] = "2",
    });

    [Fact]
    public async Task AHungEngineMakesTheJudgeDegradedAndOnceItAnswersQueuedSubmissionsAreJudged()
    {
        await using var proxy = FaultProxy.ForEngine();
        using var app = AppBehind(proxy);
        using var client = app.CreateClient();
        await app.WaitForJudgeAsync();
        await app.UntilAsync(s => s.Health == "ok", "ok");

        proxy.Set(FaultProxy.Mode.Hang);
        await app.UntilAsync(s => !s.Ready, "not ready");
        var health = (await client.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Contains("does not answer", (string?)health["judge"]!["problem"]);

        // Accepted while the engine hangs (the web side needs no engine), judged once it answers again.
        var queued = await Task.WhenAll(Reference(client, "python"), Reference(client, "javascript"), Reference(client, "csharp"));
        proxy.Set(FaultProxy.Mode.Pass);
        await app.UntilAsync(s => s.Ready, "ready");

        foreach (var id in queued)
        {
            var view = await SubmissionClient.WaitAsync(client, id);
            Assert.Equal("Accepted", (string?)view["verdict"]);
        }
        await app.UntilAsync(s => s.Health == "ok", "ok again");
    }

    [Fact]
    public async Task AnEngineThatDropsEveryConnectionMidJudgingCostsTheUserNothing()
    {
        await using var proxy = FaultProxy.ForEngine();
        using var app = AppBehind(proxy);
        using var client = app.CreateClient();
        await app.WaitForJudgeAsync();
        var events = app.Services.GetRequiredService<SubmissionEvents>();

        // Slow enough that the drop lands mid-judging: each sample sleeps, well inside the time limit.
        var code = "import time\n" + SubmissionClient.Reference("two-sum", "python").Replace("    def twoSum(self, nums, target):\n", "    def twoSum(self, nums, target):\n        time.sleep(0.3)\n", StringComparison.Ordinal);
        Assert.Contains("time.sleep", code, StringComparison.Ordinal);
        var id = await SubmissionClient.SubmitAsync(client, "two-sum", "python", code, "run");
        using (var subscription = events.Subscribe(Guid.Parse(id)))
        {
            var view = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
            if ((string?)view["status"] == "queued")
            {
                await WaitForAsync(subscription, e => e is SubmissionProgress);
            }
        }
        proxy.Set(FaultProxy.Mode.Drop);
        await app.UntilAsync(s => !s.Ready, "not ready");
        proxy.Set(FaultProxy.Mode.Pass);

        var done = await SubmissionClient.WaitAsync(client, id);
        Assert.Equal("Accepted", (string?)done["verdict"]);
        var honest = await SubmissionClient.JudgeAsync(client, "two-sum", "csharp", SubmissionClient.Reference("two-sum", "csharp"));
        Assert.Equal("Accepted", (string?)honest["verdict"]);
        app.Dispose();
        await app.RemoveItsContainersAsync();
    }

    [Fact]
    public async Task ASlowEngineStillGivesEveryLanguageItsTrueVerdict()
    {
        await using var proxy = FaultProxy.ForEngine();
        using var app = AppBehind(proxy);
        using var client = app.CreateClient();
        await app.WaitForJudgeAsync();

        proxy.Set(FaultProxy.Mode.Slow);
        foreach (var language in new[] { "python", "javascript", "csharp" })
        {
            var view = await SubmissionClient.JudgeAsync(client, "two-sum", language, SubmissionClient.Reference("two-sum", language));
            Assert.Equal("Accepted", (string?)view["verdict"]);
        }
    }

    private static Task<string> Reference(HttpClient client, string language) =>
        SubmissionClient.SubmitAsync(client, "two-sum", language, SubmissionClient.Reference("two-sum", language));

    private static async Task WaitForAsync(SubmissionEvents.Subscription subscription, Func<SubmissionEvent, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!match(await subscription.Reader.ReadAsync(timeout.Token)))
        {
        }
    }
}
