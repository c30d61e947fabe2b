using System.Collections.Concurrent;
using System.Diagnostics;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// When each keystroke was typed and when its editor's peer heard it, per room and editor. Keystroke k of an editor
/// is the update with that editor's client id and clock k (<see cref="YjsUpdateHeader"/>), so a listener needs
/// nothing but the bytes it receives. Written from many connections at once: one slot per keystroke, set once.
/// </summary>
internal sealed class EditLedger
{
    // [room * 2 + editor][keystroke]: Stopwatch timestamps, 0 while it has not happened.
    private readonly long[][] _typed;
    private readonly long[][] _sending;
    private readonly long[][] _heard;
    private readonly TaskCompletionSource _allHeard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, int> _errorMessages = new();
    private long _sent;
    private long _errors;
    // Typed, not yet heard and not failed: what the drain waits for.
    private long _outstanding;
    private volatile bool _draining;

    public EditLedger(int rooms, int keystrokes)
    {
        _typed = new long[rooms * 2][];
        _sending = new long[rooms * 2][];
        _heard = new long[rooms * 2][];
        for (var i = 0; i < _typed.Length; i++)
        {
            _typed[i] = new long[keystrokes];
            _sending[i] = new long[keystrokes];
            _heard[i] = new long[keystrokes];
        }
    }

    /// <summary>Keystroke <paramref name="keystroke"/> of <paramref name="editor"/> in <paramref name="room"/> is typed now (it may wait in the outbox).</summary>
    public void Typed(int room, int editor, int keystroke)
    {
        Interlocked.Increment(ref _outstanding);
        Volatile.Write(ref _typed[room * 2 + editor][keystroke], Stopwatch.GetTimestamp());
    }

    /// <summary>The keystroke leaves the outbox: its editor starts sending it now.</summary>
    public void Sending(int room, int editor, int keystroke) =>
        Volatile.Write(ref _sending[room * 2 + editor][keystroke], Stopwatch.GetTimestamp());

    /// <summary>The connection took the keystroke (it is on its way; a refusal by the hub comes later, as <see cref="Failed"/>).</summary>
    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>Sending failed: the keystroke will not reach the peer, so the drain does not wait for it.</summary>
    public void Failed(Exception error)
    {
        Interlocked.Increment(ref _errors);
        _errorMessages.AddOrUpdate(error.GetType().Name + ": " + error.Message, 1, (_, n) => n + 1);
        Settle();
    }

    /// <summary>
    /// <paramref name="listener"/> (an editor) in <paramref name="room"/> received a document update: its peer's
    /// keystroke is timed; its own echo, the starter-code seed and anything else are ignored.
    /// </summary>
    public void Heard(int room, int listener, ReadOnlySpan<byte> update)
    {
        var now = Stopwatch.GetTimestamp();
        var peer = 1 - listener;
        if (!YjsUpdateHeader.TryRead(update, out var client, out var clock) || client != Keystrokes.ClientIds[peer])
        {
            return;
        }
        var heard = _heard[room * 2 + peer];
        if (clock < (ulong)heard.Length && Interlocked.CompareExchange(ref heard[(int)clock], now, 0) == 0)
        {
            Settle();
        }
    }

    /// <summary>
    /// Waits until every typed keystroke was heard or failed, at most <paramref name="bound"/>; call after the
    /// last keystroke was typed.
    /// </summary>
    public async Task DrainAsync(TimeSpan bound, CancellationToken ct)
    {
        _draining = true;
        if (Interlocked.Read(ref _outstanding) <= 0)
        {
            _allHeard.TrySetResult();
        }
        try
        {
            await _allHeard.Task.WaitAsync(bound, ct);
        }
        catch (TimeoutException)
        {
            // What is still missing counts as lost.
        }
    }

    private void Settle()
    {
        if (Interlocked.Decrement(ref _outstanding) <= 0 && _draining)
        {
            _allHeard.TrySetResult();
        }
    }

    /// <summary>
    /// The figures so far: latencies in ms from the keystroke and from the start of its send to its arrival at the
    /// peer, and what was typed but never heard.
    /// </summary>
    public EditTally Tally()
    {
        var latencies = new List<double>();
        var fromSend = new List<double>();
        long typed = 0, lost = 0;
        for (var i = 0; i < _typed.Length; i++)
        {
            for (var k = 0; k < _typed[i].Length; k++)
            {
                var at = Volatile.Read(ref _typed[i][k]);
                if (at == 0)
                {
                    continue;
                }
                typed++;
                var heard = Volatile.Read(ref _heard[i][k]);
                if (heard == 0)
                {
                    lost++;
                }
                else
                {
                    latencies.Add(Stopwatch.GetElapsedTime(at, heard).TotalMilliseconds);
                    fromSend.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref _sending[i][k]), heard).TotalMilliseconds);
                }
            }
        }
        var errors = _errorMessages.OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"{kv.Value} x {kv.Key}").ToList();
        return new EditTally(typed, Interlocked.Read(ref _sent), latencies.Count, lost, Interlocked.Read(ref _errors), latencies, fromSend, errors);
    }
}

/// <summary>A system's figures: keystrokes typed, taken by the connection, heard by the peer, lost (typed, never heard), send errors.</summary>
/// <param name="Latencies">Keystroke to peer, ms: what the other person waits for.</param>
/// <param name="FromSend">Start of the send to peer, ms: the same without the wait in the outbox.</param>
internal sealed record EditTally(
    long Typed, long Sent, long Received, long Lost, long Errors, IReadOnlyList<double> Latencies, IReadOnlyList<double> FromSend, IReadOnlyList<string> TopErrors);
