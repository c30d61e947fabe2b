using System.Collections.Concurrent;
using System.Threading.Channels;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// Warm, one-shot runner containers. Starting a container is the floor of container-per-run judging, so it is
/// paid ahead of time: each language keeps a few started runners whose runtime is already up, waiting on stdin.
/// A rented runner judges one submission and is removed; it is never reused.
/// </summary>
public sealed partial class SandboxPool(DockerClient docker, ContainerReaper reaper, IOptions<JudgeOptions> options, ILogger<SandboxPool> logger)
{
    private readonly ConcurrentDictionary<Language, Channel<SandboxContainer>> _idle = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly JudgeOptions _options = options.Value;
    private readonly ConcurrentDictionary<Language, int> _startingByLanguage = new();

    /// <summary>Idle warm runners of a language.</summary>
    public int IdleCount(Language language) => Idle(language).Reader.Count;

    private Channel<SandboxContainer> Idle(Language language) => _idle.GetOrAdd(language, _ => Channel.CreateUnbounded<SandboxContainer>());

    /// <summary>A started runner for <paramref name="language"/> with the given memory limit: warm if one is idle.</summary>
    public async Task<SandboxContainer> RentAsync(Language language, int memoryMb, CancellationToken ct)
    {
        if (!Idle(language).Reader.TryRead(out var box))
        {
            LogCold(language);
            box = await StartAsync(language, ct);
        }
        _wake.Release();
        if (memoryMb != _options.DefaultMemoryMb)
        {
            try
            {
                await docker.UpdateMemoryAsync(box.Id, (long)memoryMb * 1024 * 1024, ct);
            }
            catch
            {
                Discard(box);
                throw;
            }
        }
        return box;
    }

    /// <summary>Ends a rented runner: its stdin is closed and the container removed in the background.</summary>
    public void Discard(SandboxContainer box)
    {
        box.Close();
        reaper.Remove(box.Id);
        box.DisposeStream();
    }

    /// <summary>Creates, attaches to and starts a runner container.</summary>
    public async Task<SandboxContainer> StartAsync(Language language, CancellationToken ct) =>
        await StartContainerAsync(docker, reaper, SandboxSpecs.Runner(_options, language, _options.DefaultMemoryMb), _options.StartTimeout, ct);

    /// <summary>
    /// Creates, attaches to and starts a container, and waits for its runtime to say it is ready; removes it
    /// again if any step fails.
    /// </summary>
    internal static async Task<SandboxContainer> StartContainerAsync(DockerClient docker, ContainerReaper reaper, ContainerSpec spec, TimeSpan readyTimeout, CancellationToken ct)
    {
        // Not cancellable: a create cancelled in flight can still make the container, and then its id, needed to
        // remove it, would be lost. The client's own timeout bounds it.
        var id = await docker.CreateAsync(spec, null, CancellationToken.None);
        try
        {
            // Attach before start, or the first output could be written before anyone reads it.
            var stream = await docker.AttachAsync(id, ct);
            await docker.StartAsync(id, ct);
            var box = new SandboxContainer(id, stream, CgroupStats.For(id));
            if (!await box.WaitReadyAsync(readyTimeout, ct))
            {
                box.DisposeStream();
                throw new DockerException($"container {id[..12]} ({string.Join(' ', spec.Cmd)}) did not get ready within {readyTimeout.TotalSeconds:0} s: {box.Stderr.Trim()}");
            }
            return box;
        }
        catch
        {
            reaper.Remove(id);
            throw;
        }
    }

    /// <summary>Keeps every language's warm runners topped up until cancelled; then removes the idle ones.</summary>
    public async Task MaintainAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await TopUpAsync(ct);
                await _wake.WaitAsync(TimeSpan.FromSeconds(5), ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        foreach (var channel in _idle.Values)
        {
            while (channel.Reader.TryRead(out var box))
            {
                Discard(box);
            }
        }
    }

    private async Task TopUpAsync(CancellationToken ct)
    {
        var starts = new List<Task>();
        foreach (var language in Languages.All)
        {
            var missing = _options.WarmPerLanguage - IdleCount(language) - StartingCount(language);
            for (var i = 0; i < missing; i++)
            {
                starts.Add(StartIdleAsync(language, ct));
            }
        }
        await Task.WhenAll(starts);
    }

    private int StartingCount(Language language) => _startingByLanguage.GetValueOrDefault(language);

    private async Task StartIdleAsync(Language language, CancellationToken ct)
    {
        _startingByLanguage.AddOrUpdate(language, 1, (_, n) => n + 1);
        try
        {
            var box = await StartAsync(language, ct);
            if (!Idle(language).Writer.TryWrite(box))
            {
                Discard(box);
            }
        }
        catch (Exception e) when (e is DockerException or HttpRequestException or IOException)
        {
            LogStartFailed(language, e.Message);
            // The engine is struggling; do not spin.
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        finally
        {
            _startingByLanguage.AddOrUpdate(language, 0, (_, n) => n - 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No warm {Language} runner idle: starting one cold")]
    private partial void LogCold(Language language);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting a warm {Language} runner failed: {Error}")]
    private partial void LogStartFailed(Language language, string error);
}
