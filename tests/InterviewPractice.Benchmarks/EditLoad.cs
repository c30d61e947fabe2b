using System.Diagnostics;
using System.Threading.Channels;

namespace InterviewPractice.Benchmarks;

/// <summary>One editor's connection to its room, on either system.</summary>
internal interface IEditor : IAsyncDisposable
{
    /// <summary>Sends keystroke <paramref name="keystroke"/>'s update; completes when it is on its way (the hub's answer may come later).</summary>
    Task SendAsync(int keystroke, CancellationToken ct);
}

/// <summary>A room whose two editors are connected; <see cref="Index"/> is its place in the <see cref="EditLedger"/>.</summary>
internal sealed record LiveRoom(int Index, IEditor[] Editors);

/// <summary>
/// Every editor typing at <c>rate</c> keystrokes a second with jitter (each gap uniform in 0.5 to 1.5 times the
/// mean, so sends spread out and rooms do not tick together). One scheduler types for all editors, not a timer
/// per connection, to keep the bench's own CPU low. A keystroke goes into its editor's outbox and is sent as soon
/// as the connection can take it, as the room page sends (without waiting for the one before to be stored): its
/// time counts from the keystroke, so a slow server shows as latency, not as a lower rate.
/// </summary>
internal sealed class EditLoad(IReadOnlyList<LiveRoom> rooms, EditLedger ledger, int keystrokes) : IAsyncDisposable
{
    private readonly List<Task> _senders = [];
    private CancellationTokenSource? _stop;

    /// <summary>Types for <paramref name="duration"/>; the outboxes may still hold keystrokes when it returns.</summary>
    public async Task TypeAsync(double rate, TimeSpan duration, CancellationToken ct)
    {
        var editors = rooms.SelectMany(r => r.Editors.Select((connection, editor) => (Room: r.Index, Editor: editor, Connection: connection))).ToList();
        var outboxes = editors.Select(_ => Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true })).ToList();
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        for (var i = 0; i < editors.Count; i++)
        {
            _senders.Add(SendAllAsync(editors[i].Room, editors[i].Editor, editors[i].Connection, outboxes[i].Reader, _stop.Token));
        }

        // Seeded: the same schedule on both systems.
        var random = new Random(7);
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var next = new int[editors.Count];
        var due = new PriorityQueue<int, long>();
        for (var i = 0; i < editors.Count; i++)
        {
            due.Enqueue(i, start + (long)(random.NextDouble() * interval));
        }
        while (due.TryPeek(out _, out var first))
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), first);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            var now = Stopwatch.GetTimestamp();
            while (due.TryPeek(out var slot, out var at) && at <= now)
            {
                due.Dequeue();
                var (room, editor, _) = editors[slot];
                var keystroke = next[slot]++;
                ledger.Typed(room, editor, keystroke);
                outboxes[slot].Writer.TryWrite(keystroke);
                var then = at + (long)(interval * (0.5 + random.NextDouble()));
                if (then < end && next[slot] < keystrokes)
                {
                    due.Enqueue(slot, then);
                }
            }
        }
        foreach (var outbox in outboxes)
        {
            outbox.Writer.Complete();
        }
    }

    /// <summary>Waits (at most <paramref name="bound"/>) until every keystroke was heard or failed, then stops sending.</summary>
    public async Task DrainAsync(TimeSpan bound, CancellationToken ct)
    {
        try
        {
            await ledger.DrainAsync(bound, ct);
        }
        finally
        {
            await DisposeAsync();
        }
    }

    /// <summary>Stops sending (what is left in the outboxes stays unsent) and waits for the senders to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop is null)
        {
            return;
        }
        await _stop.CancelAsync();
        await Task.WhenAll(_senders);
        _stop.Dispose();
        _stop = null;
    }

    private async Task SendAllAsync(int room, int editor, IEditor connection, ChannelReader<int> outbox, CancellationToken stop)
    {
        try
        {
            await foreach (var keystroke in outbox.ReadAllAsync(stop))
            {
                ledger.Sending(room, editor, keystroke);
                try
                {
                    await connection.SendAsync(keystroke, stop);
                    ledger.Sent();
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    ledger.Failed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped after the drain: what is left in the outbox was typed and never heard, so it counts as lost.
        }
    }
}
