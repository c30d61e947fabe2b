using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Swaps peer rooms' roles at half time: for each peer room in round 1 whose timer runs, a wait on the server's
/// clock until half of the interview's time (extensions included) has run, then <see cref="RoomService.SwapAsync"/>.
/// A timer change re-plans the room's wait; at start the node plans every such room from the database, so a
/// restart loses no swap. Where several nodes plan one room, one swaps and the others find it done.
/// </summary>
public sealed partial class RoomRounds : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly RoomService _rooms;
    private readonly TimeProvider _clock;
    private readonly ILogger<RoomRounds> _logger;
    // Each room's planned swap; changed under the lock (a timer change and a swap can re-plan one room at once).
    private readonly Dictionary<Guid, CancellationTokenSource> _waits = [];
    private readonly Lock _lock = new();
    private CancellationToken _stopping = CancellationToken.None;

    public RoomRounds(IServiceScopeFactory scopes, RoomService rooms, TimeProvider clock, ILogger<RoomRounds> logger)
    {
        (_scopes, _rooms, _clock, _logger) = (scopes, rooms, clock, logger);
        rooms.TimerChanged += Plan;
    }

    /// <summary>Raised after a room's roles swapped at half time (its id).</summary>
    public event Action<Guid>? Swapped;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var running = await db.Set<Room>().AsNoTracking()
                .Where(r => r.Mode == RoomMode.Peer && r.Round == 1 && r.RunningSince != null)
                .ToListAsync(stoppingToken);
            foreach (var room in running)
            {
                Plan(room);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is away at start: rooms are planned again as their timers change.
            LogFailed(Guid.Empty, e.Message);
        }
    }

    // (Re)plans the room's swap from its timer as it is now; a paused timer, or a room past round 1, has none.
    private void Plan(Room room)
    {
        lock (_lock)
        {
            if (_waits.Remove(room.Id, out var previous))
            {
                previous.Cancel();
            }
            if (room.Mode != RoomMode.Peer || room.Round != 1 || room.RunningSince is null || _stopping.IsCancellationRequested)
            {
                return;
            }
            var timer = _rooms.Timer(room);
            var due = TimeSpan.FromSeconds(Math.Max(0, timer.RemainingSeconds - timer.TotalSeconds / 2.0));
            var wait = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
            _waits[room.Id] = wait;
            _ = SwapAtAsync(room.Id, due, wait);
        }
    }

    private async Task SwapAtAsync(Guid room, TimeSpan due, CancellationTokenSource wait)
    {
        using var _ = wait;
        try
        {
            await Task.Delay(due, _clock, wait.Token);
            lock (_lock)
            {
                if (_waits.GetValueOrDefault(room) == wait)
                {
                    _waits.Remove(room);
                }
            }
            if (await _rooms.SwapAsync(room, null, wait.Token))
            {
                LogSwapped(room);
                Swapped?.Invoke(room);
            }
        }
        catch (OperationCanceledException)
        {
            // Re-planned (the timer changed) or shutting down.
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            LogFailed(room, e.Message);
        }
    }

    public override void Dispose()
    {
        _rooms.TimerChanged -= Plan;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {Room}: half time, the peers swapped roles")]
    private partial void LogSwapped(Guid room);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {Room}: the half-time swap failed: {Error}")]
    private partial void LogFailed(Guid room, string error);
}
