using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// Warm, one-shot runner containers. Starting a container is the floor of container-per-run judging, so it is
/// paid ahead of time: each language keeps started runners whose runtime is already up, waiting on stdin, as
/// many as its recent arrival rate needs (between <see cref="JudgeOptions.WarmPerLanguage"/> and
/// <see cref="JudgeOptions.MaxWarmPerLanguage"/>). A rented runner judges one submission and is removed; it is
/// never reused.
/// </summary>
public sealed partial class SandboxPool(DockerClient docker, ContainerReaper reaper, JudgeStatus status, IOptions<JudgeOptions> options, TimeProvider clock, ILogger<SandboxPool> logger)
{
    // Starting containers competes with judging for the same cores: a burst is met a few starts at a time.
    private const int MaxConcurrentStarts = 4;

    private readonly ConcurrentDictionary<Language, Channel<SandboxContainer>> _idle = new();
    private readonly ConcurrentDictionary<Language, ArrivalRate> _arrivals = new();
    private readonly ConcurrentDictionary<Language, int> _startingByLanguage = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly JudgeOptions _options = options.Value;
    private double _startSeconds = 0.5;

    /// <summary>Idle warm runners of a language.</summary>
    public int IdleCount(Language language) => Idle(language).Reader.Count;

    /// <summary>How many idle runners the pool aims to keep for a language now, from its recent arrivals.</summary>
    public int Target(Language language)
    {
        if (_options.WarmPerLanguage == 0)
        {
            return 0;
        }
        var rate = Arrivals(language).PerSecond(clock.GetTimestamp(), _options.ArrivalWindow);
        // Enough for the arrivals during one container start: a rented runner is replaced within one start, so that
        // many idle runners meet the arrival rate without a cold start. More than that only takes cores from the
        // judging itself (measured: a pool of 3-4 for a lone user's 2-3 submissions a second slows each by half).
        var needed = (int)Math.Ceiling(rate * Volatile.Read(ref _startSeconds));
        return Math.Clamp(needed, _options.WarmPerLanguage, Math.Max(_options.WarmPerLanguage, _options.MaxWarmPerLanguage));
    }

    private Channel<SandboxContainer> Idle(Language language) => _idle.GetOrAdd(language, _ => Channel.CreateUnbounded<SandboxContainer>());

    private ArrivalRate Arrivals(Language language) => _arrivals.GetOrAdd(language, _ => new ArrivalRate(clock));

    /// <summary>A started runner for <paramref name="language"/> with the given memory limit: warm if one is idle.</summary>
    public async Task<SandboxContainer> RentAsync(Language language, int memoryMb, CancellationToken ct)
    {
        using var renting = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Rent);
        renting?.SetTag(JudgeTelemetry.Tags.Language, language.Id());
        Arrivals(language).Add(clock.GetTimestamp());
        SandboxContainer? box = null;
        while (Idle(language).Reader.TryRead(out var idle))
        {
            // An idle runner whose stream has ended died while waiting (an engine restart, say): never hand it out.
            if (idle.Alive)
            {
                box = idle;
                break;
            }
            Discard(idle);
        }
        _wake.Release();
        renting?.SetTag(JudgeTelemetry.Tags.Runner, box is null ? "cold" : "warm");
        if (box is null)
        {
            LogCold(language);
            box = await StartAsync(language, ct);
        }
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

    /// <summary>Discards every idle runner (the engine went away, so they cannot be trusted); the pool refills.</summary>
    public void DropIdle()
    {
        foreach (var channel in _idle.Values)
        {
            while (channel.Reader.TryRead(out var box))
            {
                Discard(box);
            }
        }
        _wake.Release();
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
            try
            {
                await docker.StartAsync(id, ct);
                var box = new SandboxContainer(id, stream, CgroupStats.For(id));
                if (await box.WaitReadyAsync(spec.Image, readyTimeout, ct) is { } problem)
                {
                    throw new DockerException($"container {id[..12]} ({string.Join(' ', spec.Cmd)}): {problem}. {box.Stderr.Trim()}".TrimEnd());
                }
                return box;
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }
        catch
        {
            reaper.Remove(id);
            throw;
        }
    }

    /// <summary>
    /// Keeps every language's warm runners topped up until cancelled, through engine failures of any kind
    /// (reported on <see cref="JudgeStatus"/> until a start succeeds again); then removes the idle ones.
    /// </summary>
    public async Task MaintainAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (status.Ready)
                {
                    TopUp(ct);
                }
                await _wake.WaitAsync(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
        }
        // Starts in flight finish (bounded by the engine timeout and the ready timeout) and discard themselves;
        // the last one to finish says so.
        Interlocked.Exchange(ref _stopping, 1);
        if (Volatile.Read(ref _startingTotal) == 0)
        {
            _noneStarting.TrySetResult();
        }
        await _noneStarting.Task;
        DropIdle();
    }

    private int _startingTotal;
    private int _stopping;
    private readonly TaskCompletionSource _noneStarting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void TopUp(CancellationToken ct)
    {
        foreach (var language in Languages.All)
        {
            var missing = Target(language) - IdleCount(language) - _startingByLanguage.GetValueOrDefault(language);
            for (var i = 0; i < missing && Volatile.Read(ref _startingTotal) < MaxConcurrentStarts; i++)
            {
                _startingByLanguage.AddOrUpdate(language, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _startingTotal);
                _ = StartIdleAsync(language, ct);
            }
        }
    }

    // Runs detached from TopUp so one slow start does not hold the others; it never throws, and MaintainAsync
    // waits for every one still in flight before it returns.
    private async Task StartIdleAsync(Language language, CancellationToken ct)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var box = await StartAsync(language, ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Volatile.Write(ref _startSeconds, (Volatile.Read(ref _startSeconds) * 3 + seconds) / 4);
            status.Recovered(Part(language));
            if (ct.IsCancellationRequested || !Idle(language).Writer.TryWrite(box))
            {
                Discard(box);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogStartFailed(language, e.Message);
            if (EngineFaults.IsUnreachable(e))
            {
                status.EngineUnreachable(e.Message);
            }
            status.Fault(Part(language), $"Warm {language.Id()} runners cannot be started: {e.Message}");
            // The engine is struggling; do not spin.
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        }
        finally
        {
            _startingByLanguage.AddOrUpdate(language, 0, (_, n) => n - 1);
            if (Interlocked.Decrement(ref _startingTotal) == 0 && Volatile.Read(ref _stopping) == 1)
            {
                _noneStarting.TrySetResult();
            }
            _wake.Release();
        }
    }

    private static string Part(Language language) => $"runners:{language.Id()}";

    /// <summary>Arrivals of one language over a sliding window, as timestamps.</summary>
    private sealed class ArrivalRate(TimeProvider clock)
    {
        private readonly Queue<long> _times = new();

        public void Add(long timestamp)
        {
            lock (_times)
            {
                _times.Enqueue(timestamp);
                while (_times.Count > 10_000)
                {
                    _times.Dequeue();
                }
            }
        }

        /// <summary>The higher of the rate over the last two seconds (a burst) and over the whole window.</summary>
        public double PerSecond(long now, TimeSpan window)
        {
            lock (_times)
            {
                while (_times.Count > 0 && clock.GetElapsedTime(_times.Peek(), now) > window)
                {
                    _times.Dequeue();
                }
                var recent = _times.Count(t => clock.GetElapsedTime(t, now) <= TimeSpan.FromSeconds(2));
                return Math.Max(recent / 2.0, _times.Count / window.TotalSeconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No warm {Language} runner idle: starting one cold")]
    private partial void LogCold(Language language);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting a warm {Language} runner failed: {Error}")]
    private partial void LogStartFailed(Language language, string error);
}
