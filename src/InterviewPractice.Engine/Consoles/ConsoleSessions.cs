using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Consoles;

/// <summary>What one evaluation gave, in the order the user sees it: output, then the value or the error.</summary>
/// <param name="Stdout">What the snippet printed.</param>
/// <param name="Value">The value of its last expression, as the language's REPL shows it; null when there is none.</param>
/// <param name="Error">The compile error or exception that ended it.</param>
/// <param name="Line">The line of <paramref name="Error"/> in the snippet, 1-based.</param>
/// <param name="OutputLimit">It printed more than is kept.</param>
/// <param name="Restarted">Why the session started again with nothing defined (an endless loop, memory, a
/// flood of output, a crash); null when its state carries on.</param>
/// <param name="Ms">Wall time of the evaluation, measured here.</param>
public sealed record ConsoleOutput(string Stdout, string? Value, string? Error, int? Line, bool OutputLimit, string? Restarted, double Ms);

/// <summary>Why a session cannot be opened: the server's or the client's cap is reached (429), or the sandbox is
/// unavailable (503).</summary>
public sealed class ConsoleUnavailableException(string message, bool full) : Exception(message)
{
    /// <summary>A cap, rather than the sandbox, said no.</summary>
    public bool Full { get; } = full;
}

/// <summary>A console session: one language's REPL in a sandbox container of its own, for one client.</summary>
public sealed class ConsoleSession
{
    internal ConsoleSession(string id, Language language, string owner, SandboxContainer box, long now) =>
        (Id, Language, Owner, Box, _lastUsed) = (id, language, owner, box, now);

    /// <summary>The session's id: unguessable, it is what lets a client use the session.</summary>
    public string Id { get; }

    public Language Language { get; }

    /// <summary>The client that opened it: only that client may use it.</summary>
    public string Owner { get; }

    internal SandboxContainer Box { get; set; }

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal int NextEval { get; set; }

    internal bool Closed { get; set; }

    private long _lastUsed;

    internal long LastUsed => Volatile.Read(ref _lastUsed);

    internal void Touch(long now) => Volatile.Write(ref _lastUsed, now);
}

/// <summary>
/// The open console sessions of this server, their caps, idle reaping and warm spares. Every snippet runs in a
/// sandbox container (the runners' isolation: no network, no capabilities, read-only root, pids, memory and CPU
/// limits); nothing of it is compiled or run here. An evaluation is bounded by <see cref="ConsoleOptions.EvalTimeout"/>
/// measured here; a snippet that loops, exhausts memory, floods output or crashes its runtime gets a fresh
/// container and says so, and the session goes on.
/// </summary>
public sealed partial class ConsoleSessions(
    DockerClient docker, ContainerReaper reaper, JudgeStatus status, IOptions<JudgeOptions> judge, IOptions<ConsoleOptions> options, TimeProvider clock, ILogger<ConsoleSessions> logger)
{
    // An answer holds at most 64 KiB of output and 8 K characters of value, each character JSON-escaped to at most 6 bytes.
    private const int MaxAnswerBytes = 6 * (64 * 1024 + 8 * 1024 + 4096);

    private readonly ConcurrentDictionary<string, ConsoleSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Language, ConcurrentQueue<SandboxContainer>> _spares = new();
    private readonly ConcurrentDictionary<Language, int> _starting = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _opening = new();
    private readonly ConsoleOptions _options = options.Value;
    private int _reserved;
    private volatile bool _stopping;

    /// <summary>Raised when a session ends, with why: closed by its client, idle, or the server stopping.</summary>
    public event Action<ConsoleSession, string>? Ended;

    /// <summary>Open sessions.</summary>
    public int Count => _sessions.Count;

    /// <summary>Started consoles waiting for a session, per language.</summary>
    public int Spares(Language language) => _spares.TryGetValue(language, out var queue) ? queue.Count : 0;

    /// <summary>The container of an open session now (for measurements); null when it is not open.</summary>
    public string? ContainerOf(string sessionId) => _sessions.TryGetValue(sessionId, out var session) ? session.Box.Id : null;

    /// <summary>
    /// Opens a session for <paramref name="owner"/>: a warm console when one is ready, else one started now.
    /// A <see cref="ConsoleUnavailableException"/> when a cap is reached or no container can be started.
    /// </summary>
    public async Task<ConsoleSession> OpenAsync(Language language, string owner, CancellationToken ct)
    {
        lock (_opening)
        {
            if (_stopping)
            {
                throw new ConsoleUnavailableException("The server is stopping.", full: false);
            }
            if (!status.Ready)
            {
                // Also until the start's sweep of leftover containers is done, which would remove a new one.
                throw new ConsoleUnavailableException($"The sandbox is not ready: {status.Problem ?? "it is starting"}", full: false);
            }
            if (_sessions.Count + _reserved >= _options.MaxSessions)
            {
                throw new ConsoleUnavailableException($"All {_options.MaxSessions} consoles of this server are in use; try again in a few minutes.", full: true);
            }
            if (_sessions.Values.Count(s => s.Owner == owner) >= _options.MaxPerClient)
            {
                throw new ConsoleUnavailableException($"You have {_options.MaxPerClient} consoles open, the most one client may have: close one first.", full: true);
            }
            _reserved++;
        }
        try
        {
            var box = await RentAsync(language, ct);
            var session = new ConsoleSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), language, owner, box, clock.GetTimestamp());
            // Added under the same lock as the stop is decided: the stop closes every session added before it.
            lock (_opening)
            {
                if (!_stopping)
                {
                    _sessions[session.Id] = session;
                    LogOpened(session.Id[..8], language, owner);
                    return session;
                }
            }
            Discard(box);
            throw new ConsoleUnavailableException("The server is stopping.", full: false);
        }
        finally
        {
            lock (_opening)
            {
                _reserved--;
            }
        }
    }

    /// <summary>The session with this id, if it is open and belongs to <paramref name="owner"/>.</summary>
    public ConsoleSession? Find(string id, string owner) =>
        _sessions.TryGetValue(id, out var session) && session.Owner == owner && !session.Closed ? session : null;

    /// <summary>
    /// Evaluates a snippet in the session's state, one at a time per session. Never throws for what the snippet
    /// does; a <see cref="ConsoleUnavailableException"/> when the session had to start again and could not.
    /// </summary>
    public async Task<ConsoleOutput> EvaluateAsync(ConsoleSession session, string code, CancellationToken ct)
    {
        await session.Gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(session.Closed, session);
            session.Touch(clock.GetTimestamp());
            var started = Stopwatch.GetTimestamp();
            var id = session.NextEval++;
            var box = session.Box;
            var received = await box.ExchangeAsync(new EvalRequest(id, code, box.Nonce), ProtocolJsonContext.Default.EvalRequest, _options.EvalTimeout, MaxAnswerBytes, ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var (output, restart) = received.Status switch
            {
                ReceiveStatus.Line when Read(received.Line!, box, id) is { } answer => (
                    new ConsoleOutput(answer.Stdout, answer.Value, answer.Error, answer.Line, answer.OutputLimit, null, ms),
                    answer.OutputLimit ? "The snippet printed more than 64 KiB, so it was stopped" : null),
                ReceiveStatus.Line => (Empty(ms), "The console answered something unreadable"),
                ReceiveStatus.TimedOut => (Empty(ms), $"The snippet ran past {_options.EvalTimeout.TotalSeconds:0.#} s (an endless loop?), so it was stopped"),
                ReceiveStatus.OutputLimit => (Empty(ms) with { OutputLimit = true }, "The snippet printed more than 64 KiB, so it was stopped"),
                _ => (Empty(ms), await WhyEndedAsync(box, ct)),
            };
            if (restart is null)
            {
                return output;
            }
            var message = $"{restart}: the session restarted, and what earlier snippets defined is gone.";
            await RestartAsync(session, ct);
            return output with { Restarted = message, Error = output.Error ?? restart + "." };
        }
        finally
        {
            session.Touch(clock.GetTimestamp());
            session.Gate.Release();
        }
    }

    /// <summary>Starts the session again with nothing defined (after any evaluation in flight).</summary>
    public async Task ResetAsync(ConsoleSession session, CancellationToken ct)
    {
        await session.Gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(session.Closed, session);
            await RestartAsync(session, ct);
            session.Touch(clock.GetTimestamp());
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Ends a session and removes its container; false when it was not open.</summary>
    public bool Close(ConsoleSession session, string why = "closed")
    {
        if (!_sessions.TryRemove(session.Id, out _))
        {
            return false;
        }
        SandboxContainer box;
        lock (session)
        {
            session.Closed = true;
            box = session.Box;
        }
        Discard(box);
        LogClosed(session.Id[..8], why);
        Ended?.Invoke(session, why);
        return true;
    }

    /// <summary>Closes the sessions unused for longer than <see cref="ConsoleOptions.IdleTimeout"/>; how many.</summary>
    public int ReapIdle()
    {
        var now = clock.GetTimestamp();
        var reaped = 0;
        foreach (var session in _sessions.Values)
        {
            // A session evaluating now is in use, however long its snippet runs.
            if (clock.GetElapsedTime(session.LastUsed, now) > _options.IdleTimeout && session.Gate.CurrentCount == 1 && Close(session, "idle"))
            {
                reaped++;
            }
        }
        return reaped;
    }

    /// <summary>
    /// Until cancelled: reaps idle sessions and keeps <see cref="ConsoleOptions.WarmPerLanguage"/> started consoles
    /// ready for each language used since the start; then closes every session and spare.
    /// </summary>
    public async Task MaintainAsync(CancellationToken ct)
    {
        var period = TimeSpan.FromTicks(Math.Clamp(_options.IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(30).Ticks));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                ReapIdle();
                TopUp(ct);
                await _wake.WaitAsync(period, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                // Never let the loop die: a failure here is logged and the next round tries again.
                LogMaintainFailed(e.Message);
            }
        }
        lock (_opening)
        {
            _stopping = true;
        }
        foreach (var session in _sessions.Values)
        {
            Close(session, "the server is stopping");
        }
        // Starts in flight are bounded by the engine's and the ready timeout; each discards itself when it ends.
        while (_starting.Values.Sum() > 0)
        {
            await Task.Delay(50, CancellationToken.None);
        }
        DropSpares();
    }

    /// <summary>Discards the warm spares (the engine went away, so they cannot be trusted); they are started again.</summary>
    public void DropSpares()
    {
        foreach (var queue in _spares.Values)
        {
            while (queue.TryDequeue(out var spare))
            {
                Discard(spare);
            }
        }
        _wake.Release();
    }

    private void TopUp(CancellationToken ct)
    {
        if (!status.Ready)
        {
            return;
        }
        foreach (var (language, queue) in _spares)
        {
            if (queue.Count + _starting.GetValueOrDefault(language) < _options.WarmPerLanguage)
            {
                _starting.AddOrUpdate(language, 1, (_, n) => n + 1);
                _ = StartSpareAsync(language, queue, ct);
            }
        }
    }

    private async Task StartSpareAsync(Language language, ConcurrentQueue<SandboxContainer> queue, CancellationToken ct)
    {
        try
        {
            var box = await StartAsync(language, ct);
            if (_stopping)
            {
                Discard(box);
            }
            else
            {
                queue.Enqueue(box);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogSpareFailed(language, e.Message);
            await Task.Delay(TimeSpan.FromSeconds(1), clock, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _starting.AddOrUpdate(language, 0, (_, n) => n - 1);
        }
    }

    // A warm spare when one is alive (and another is started to replace it), else a console started now.
    private async Task<SandboxContainer> RentAsync(Language language, CancellationToken ct)
    {
        var queue = _spares.GetOrAdd(language, _ => new ConcurrentQueue<SandboxContainer>());
        _wake.Release();
        while (queue.TryDequeue(out var spare))
        {
            if (spare.Alive)
            {
                return spare;
            }
            Discard(spare);
        }
        try
        {
            return await StartAsync(language, ct);
        }
        catch (Exception e) when (EngineFaults.Is(e))
        {
            throw new ConsoleUnavailableException($"No {language.Id()} console can be started now: {e.Message}", full: false);
        }
    }

    private Task<SandboxContainer> StartAsync(Language language, CancellationToken ct) =>
        SandboxPool.StartContainerAsync(docker, reaper, SandboxSpecs.Console(judge.Value, language, _options.MemoryMb, _options.Cpus), _options.StartTimeout, ct);

    // A fresh container for the session; a session closed meanwhile (idle, its room left, the server stopping)
    // gets none, and the container started for it is removed.
    private async Task RestartAsync(ConsoleSession session, CancellationToken ct)
    {
        Discard(session.Box);
        SandboxContainer box;
        try
        {
            box = await RentAsync(session.Language, ct);
        }
        catch
        {
            Close(session, "it could not be restarted");
            throw;
        }
        lock (session)
        {
            if (!session.Closed)
            {
                session.Box = box;
                return;
            }
        }
        Discard(box);
        throw new ObjectDisposedException(nameof(ConsoleSession), "The console session was closed while it restarted.");
    }

    private void Discard(SandboxContainer box)
    {
        box.Abandon();
        box.Close();
        box.DisposeStream();
        reaper.Remove(box.Id);
    }

    // The answer, if it is this container's answer to this evaluation.
    private static EvalAnswer? Read(string line, SandboxContainer box, int id)
    {
        try
        {
            var answer = JsonSerializer.Deserialize(line, ProtocolJsonContext.Default.EvalAnswer);
            return answer is { Type: MessageTypes.Evaluated } && answer.Id == id && answer.Nonce == box.Nonce ? answer : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ConsoleOutput Empty(double ms) => new("", null, null, null, false, null, ms);

    // The console's process ended while evaluating: the kernel's OOM kill, the runtime's own out-of-memory death, or a crash.
    private async Task<string> WhyEndedAsync(SandboxContainer box, CancellationToken ct)
    {
        ContainerExit? exit = null;
        try
        {
            exit = await ContainerExit.OfAsync(docker, box, ct);
        }
        catch (Exception e) when (EngineFaults.Is(e))
        {
            // Unknown: said as a crash below.
        }
        if (exit?.OutOfMemory == true || box.Stats.HitMemoryLimit())
        {
            return $"The snippet used more than the console's {_options.MemoryMb} MiB of memory";
        }
        if (exit?.StackOverflow == true)
        {
            return "The snippet overflowed the stack";
        }
        return $"The console's process ended (exit code {exit?.State?.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Console {Session} ({Language}) opened for {Owner}")]
    private partial void LogOpened(string session, Language language, string owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console {Session} ended: {Why}")]
    private partial void LogClosed(string session, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting a warm {Language} console failed: {Error}")]
    private partial void LogSpareFailed(Language language, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Console upkeep failed; trying again: {Error}")]
    private partial void LogMaintainFailed(string error);
}
