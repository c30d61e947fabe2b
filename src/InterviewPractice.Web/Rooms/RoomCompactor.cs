using System.Collections.Concurrent;
using System.Threading.Channels;
using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Compacts rooms' documents in the background: once a room has taken <c>Rooms:CompactEvery</c> document updates
/// on this node since its snapshot, the snapshot and those updates are merged (the server's Yjs) into a new
/// snapshot. Joins then read one update and the few after it; the log stays whole for the replay.
/// </summary>
public sealed partial class RoomCompactor(
    IServiceScopeFactory scopes,
    YjsDocuments documents,
    IOptions<RoomsOptions> options,
    TimeProvider clock,
    ILogger<RoomCompactor> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, int> _sinceSnapshot = new();
    private readonly Channel<Guid> _due = Channel.CreateUnbounded<Guid>();

    /// <summary>Raised after a room's snapshot was written (its id and the last entry it includes).</summary>
    public event Action<Guid, long>? Compacted;

    /// <summary>A document update was logged in <paramref name="room"/>.</summary>
    public void Updated(Guid room)
    {
        if (_sinceSnapshot.AddOrUpdate(room, 1, (_, n) => n + 1) == options.Value.CompactEvery)
        {
            _due.Writer.TryWrite(room);
        }
    }

    /// <summary>
    /// The room's document as updates to apply in order: its snapshot (if any), then the document updates logged
    /// after it.
    /// </summary>
    public static async Task<List<byte[]>> DocumentAsync(AppDbContext db, Guid room, CancellationToken ct)
    {
        var snapshot = await db.Set<RoomSnapshot>().AsNoTracking().SingleOrDefaultAsync(s => s.RoomId == room, ct);
        var upTo = snapshot?.UpTo ?? 0;
        var updates = await db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == room && e.Kind == RoomEventKind.Document && e.Id > upTo)
            .OrderBy(e => e.Id)
            .Select(e => e.Payload)
            .ToListAsync(ct);
        return snapshot is null ? updates : [snapshot.State, .. updates];
    }

    /// <summary>Compacts <paramref name="room"/> now: a new snapshot of everything logged so far.</summary>
    public async Task CompactAsync(Guid room, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var upTo = await db.Set<RoomEvent>().Where(e => e.RoomId == room && e.Kind == RoomEventKind.Document).MaxAsync(e => (long?)e.Id, ct);
        var snapshot = await db.Set<RoomSnapshot>().SingleOrDefaultAsync(s => s.RoomId == room, ct);
        if (upTo is null || upTo <= snapshot?.UpTo)
        {
            return;
        }
        var updates = await db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == room && e.Kind == RoomEventKind.Document && e.Id > (snapshot == null ? 0 : snapshot.UpTo) && e.Id <= upTo)
            .OrderBy(e => e.Id)
            .Select(e => e.Payload)
            .ToListAsync(ct);
        var merged = await documents.MergeAsync(snapshot is null ? updates : [snapshot.State, .. updates], ct);
        if (snapshot is null)
        {
            db.Add(new RoomSnapshot { RoomId = room, UpTo = upTo.Value, Updates = updates.Count, State = merged, At = clock.GetUtcNow() });
        }
        else
        {
            snapshot.UpTo = upTo.Value;
            snapshot.Updates += updates.Count;
            snapshot.State = merged;
            snapshot.At = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        LogCompacted(room, updates.Count, merged.Length);
        Compacted?.Invoke(room, upTo.Value);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var room in _due.Reader.ReadAllAsync(stoppingToken))
            {
                _sinceSnapshot.TryRemove(room, out _);
                try
                {
                    await CompactAsync(room, stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
                {
                    // Another node compacted it at the same moment, the database is away, or the log is not Yjs:
                    // the room works from its log meanwhile; the next updates try again.
                    LogFailed(room, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Compacted room {Room}: {Updates} updates into a snapshot of {Bytes} bytes")]
    private partial void LogCompacted(Guid room, int updates, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Compacting room {Room} failed: {Error}")]
    private partial void LogFailed(Guid room, string error);
}
