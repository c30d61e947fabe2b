using System.Threading.Channels;
using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Writes rooms' log entries durably, many at a time: every entry that arrives while a write is under way goes
/// into the next one, one transaction for all (a group commit). Each caller waits for its own entry to be stored,
/// as with a write of its own, but a thousand typists share a few commits a second instead of queueing for a
/// thousand (on SQLite, one writer at a time, each commit a disk sync). An entry the batch cannot store (its room
/// was deleted, say) fails alone: the batch is written again one entry at a time.
/// </summary>
public sealed partial class RoomLog(IServiceScopeFactory scopes, IOptions<RoomsOptions> options, ILogger<RoomLog> logger) : BackgroundService
{
    private readonly Channel<(RoomEvent Entry, TaskCompletionSource<RoomEvent> Stored)> _pending =
        Channel.CreateUnbounded<(RoomEvent, TaskCompletionSource<RoomEvent>)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Stores <paramref name="entry"/> (with the next entries that come meanwhile); returns it with its id.</summary>
    public Task<RoomEvent> AppendAsync(RoomEvent entry, CancellationToken ct)
    {
        var stored = new TaskCompletionSource<RoomEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((entry, stored)))
        {
            throw new InvalidOperationException("The server is stopping: the room's log takes no more entries.");
        }
        // The caller may stop waiting; the entry is stored all the same (it was accepted).
        return stored.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(RoomEvent Entry, TaskCompletionSource<RoomEvent> Stored)>();
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteWaitingAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Stopping: what was accepted is stored; nothing more is taken.
        _pending.Writer.TryComplete();
        await WriteWaitingAsync(batch);
    }

    private async Task WriteWaitingAsync(List<(RoomEvent Entry, TaskCompletionSource<RoomEvent> Stored)> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < options.Value.LogBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            if (batch.Count == 0)
            {
                return;
            }
            try
            {
                await SaveAsync(batch.Select(b => b.Entry));
                batch.ForEach(b => b.Stored.TrySetResult(b.Entry));
            }
            catch (Exception e) when (batch.Count > 1 && IsStorageError(e))
            {
                LogBatchFailed(batch.Count, e.Message);
                foreach (var (entry, stored) in batch)
                {
                    await SaveAloneAsync(entry, stored);
                }
            }
            catch (Exception e) when (IsStorageError(e))
            {
                batch.ForEach(b => b.Stored.TrySetException(e));
            }
        }
    }

    private async Task SaveAloneAsync(RoomEvent entry, TaskCompletionSource<RoomEvent> stored)
    {
        try
        {
            entry.Id = 0;
            await SaveAsync([entry]);
            stored.TrySetResult(entry);
        }
        catch (Exception e) when (IsStorageError(e))
        {
            stored.TrySetException(e);
        }
    }

    // Not cancelled by shutdown: an accepted entry is written even while the server stops.
    private async Task SaveAsync(IEnumerable<RoomEvent> entries)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(entries);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static bool IsStorageError(Exception e) => e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} room log entries at once failed ({Error}); writing them one at a time")]
    private partial void LogBatchFailed(int count, string error);
}
