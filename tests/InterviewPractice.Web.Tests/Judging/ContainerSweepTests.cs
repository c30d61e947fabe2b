using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>Containers a killed server left behind are removed when a server of the same node starts.</summary>
[Collection(JudgeCollection.Name)]
public sealed class ContainerSweepTests
{
    [Fact]
    public async Task ContainersLeftByAKilledServerAreRemovedOnTheNextStart()
    {
        var node = $"sweep-{Guid.NewGuid():N}"[..18];
        using var docker = new DockerClient(new JudgeOptions().DockerEndpoint);
        // What a server killed mid-run leaves: a started runner of its node, waiting for input forever.
        var spec = SandboxSpecs.Runner(new JudgeOptions { NodeId = node }, Language.Python, 256);
        var leftover = await docker.CreateAsync(spec, null, CancellationToken.None);
        await docker.StartAsync(leftover, CancellationToken.None);
        Assert.True((await docker.InspectStateAsync(leftover, CancellationToken.None))!.Running);

        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Judge:NodeId"] = node, ["Judge:WarmPerLanguage"] = "0" });
        await app.WaitForJudgeAsync();

        Assert.Null(await docker.InspectStateAsync(leftover, CancellationToken.None));
        Assert.DoesNotContain(leftover, await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={node}", CancellationToken.None));
    }

    [Fact]
    public async Task StoppingTheServerRemovesItsWarmRunnersAndCompilers()
    {
        using var docker = new DockerClient(new JudgeOptions().DockerEndpoint);
        var app = new TestApp(settings: new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "1" });
        await app.WaitForJudgeAsync();
        var pool = app.Services.GetRequiredService<SandboxPool>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (Languages.All.Any(l => pool.IdleCount(l) < 1))
        {
            Assert.True(DateTime.UtcNow < deadline, "the warm pool did not fill");
            await Task.Delay(50);
        }
        Assert.NotEmpty(await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={app.NodeId}", CancellationToken.None));

        app.Dispose();

        Assert.Empty(await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={app.NodeId}", CancellationToken.None));
    }
}
