using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>
/// Brings the sandbox up and keeps it up: waits for the Docker engine and the image, removes containers a
/// previous run of this node left behind (a server killed mid-run), keeps the warm runners and compilers topped
/// up (and the consoles' spares, reaping idle console sessions) and removes used containers, and watches the engine until the host stops: an engine that stops answering
/// makes the judge not ready (workers stop claiming) and its warm containers are dropped, since a restarted
/// engine has killed them. It also holds the pools' gauges (<see cref="JudgeMetrics"/>), which live as long as the judge.
/// </summary>
public sealed partial class JudgeHost(
    DockerClient docker,
    SandboxPool pool,
    CompilerPool compilers,
    Consoles.ConsoleSessions consoles,
    ContainerReaper reaper,
    JudgeStatus status,
    JudgeMetrics metrics,
    IOptions<JudgeOptions> options,
    ILogger<JudgeHost> logger) : BackgroundService
{
    // Held, not used: the gauges exist from the moment the host that keeps the pools does.
    private readonly JudgeMetrics _metrics = metrics;

    private int _seenEpoch;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reaping = reaper.RunAsync();
        var maintaining = new List<Task>();
        try
        {
            await CheckEngineAsync(stoppingToken, sweep: true);
            maintaining.Add(pool.MaintainAsync(stoppingToken));
            maintaining.Add(compilers.MaintainAsync(stoppingToken));
            maintaining.Add(consoles.MaintainAsync(stoppingToken));
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.EngineCheckInterval, stoppingToken);
                await CheckEngineAsync(stoppingToken, sweep: false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // The pools discard their idle containers as they stop; remove those, then stop.
            await Task.WhenAll(maintaining);
            reaper.Complete();
            await reaping;
        }
    }

    /// <summary>Returns once the engine answers and the image exists; marks the judge not ready until then.</summary>
    private async Task CheckEngineAsync(CancellationToken ct, bool sweep)
    {
        var image = options.Value.Image;
        for (var attempt = 0; ; attempt++)
        {
            string? problem = null;
            try
            {
                if (!await docker.PingAsync(ct))
                {
                    problem = $"The Docker engine at {options.Value.DockerEndpoint} does not answer. Start it (./interview setup docker).";
                }
                else if (!await docker.ImageExistsAsync(image, ct))
                {
                    problem = $"The sandbox image {image} does not exist. Build it (./interview setup sandbox).";
                }
                else if (sweep)
                {
                    await SweepAsync(ct);
                    sweep = false;
                }
            }
            catch (Exception e) when (EngineFaults.Is(e))
            {
                problem = $"The Docker engine at {options.Value.DockerEndpoint} fails: {e.Message}";
            }
            if (problem is null)
            {
                if (status.Epoch != _seenEpoch)
                {
                    // The engine went away since the last look (noticed here, or by a call that found it
                    // unreachable): whatever was warm died with it, or cannot be trusted. Start afresh.
                    _seenEpoch = status.Epoch;
                    pool.DropIdle();
                    compilers.DropIdle();
                    consoles.DropSpares();
                }
                if (!status.Ready)
                {
                    LogReady(image, options.Value.Workers, options.Value.WarmPerLanguage);
                }
                status.Set(null);
                return;
            }
            status.Set(problem);
            if (attempt % 30 == 0)
            {
                LogWaiting(problem);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Judge ready: image {Image}, {Workers} workers, at least {Warm} warm runners per language")]
    private partial void LogReady(string image, int workers, int warm);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Judge waiting: {Problem}")]
    private partial void LogWaiting(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} sandbox containers left by a previous run")]
    private partial void LogSwept(int count);
}
