using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>Whether the judge can run submissions now, and if not, why.</summary>
public sealed class JudgeStatus
{
    private volatile string? _problem = "starting";

    /// <summary>True once the engine answered, the image exists and leftovers were swept.</summary>
    public bool Ready => _problem is null;

    /// <summary>What stops the judge, in words an operator can act on; null when ready.</summary>
    public string? Problem => _problem;

    internal void Set(string? problem) => _problem = problem;
}

/// <summary>
/// Brings the sandbox up and keeps it up: waits for the Docker engine and the image, removes containers a
/// previous run of this node left behind (a server killed mid-run), then keeps the warm runners and compilers
/// topped up and removes used containers, until the host stops.
/// </summary>
public sealed partial class JudgeHost(
    DockerClient docker,
    SandboxPool pool,
    CompilerPool compilers,
    ContainerReaper reaper,
    JudgeStatus status,
    IOptions<JudgeOptions> options,
    ILogger<JudgeHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reaping = reaper.RunAsync();
        try
        {
            await WaitForEngineAsync(stoppingToken);
            await SweepAsync(stoppingToken);
            status.Set(null);
            LogReady(options.Value.Image, options.Value.Workers, options.Value.WarmPerLanguage);
            await Task.WhenAll(pool.MaintainAsync(stoppingToken), compilers.MaintainAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // The pools have discarded their idle containers by now; remove those, then stop.
            reaper.Complete();
            await reaping;
        }
    }

    private async Task WaitForEngineAsync(CancellationToken ct)
    {
        var image = options.Value.Image;
        for (var attempt = 0; ; attempt++)
        {
            string? problem = null;
            if (!await docker.PingAsync(ct))
            {
                problem = $"The Docker engine at {options.Value.DockerEndpoint} does not answer. Start it (./interview setup docker).";
            }
            else if (!await docker.ImageExistsAsync(image, ct))
            {
                problem = $"The sandbox image {image} does not exist. Build it (./interview setup sandbox).";
            }
            if (problem is null)
            {
                return;
            }
            status.Set(problem);
            if (attempt % 30 == 0)
            {
                LogWaiting(problem);
            }
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
    }

    /// <summary>Removes every container this node created before (by label): none outlives a restart.</summary>
    private async Task SweepAsync(CancellationToken ct)
    {
        var leftovers = await docker.ListByLabelAsync($"{SandboxSpecs.NodeLabel}={options.Value.NodeId}", ct);
        await Task.WhenAll(leftovers.Select(id => docker.RemoveAsync(id, ct)));
        if (leftovers.Count > 0)
        {
            LogSwept(leftovers.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Judge ready: image {Image}, {Workers} workers, {Warm} warm runners per language")]
    private partial void LogReady(string image, int workers, int warm);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Judge waiting: {Problem}")]
    private partial void LogWaiting(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} sandbox containers left by a previous run")]
    private partial void LogSwept(int count);
}
