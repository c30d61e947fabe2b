using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// Closes, every <c>Rooms:RevocationSweep</c>, this node's room connections whose link was revoked through another
/// node: the backplane tells their clients, but a client need not listen; this is what shuts them out.
/// </summary>
public sealed partial class RoomRevocations(RoomService rooms, IOptions<RoomsOptions> options, TimeProvider clock, ILogger<RoomRevocations> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevocationSweep, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await rooms.CloseRevokedAsync(stoppingToken) is > 0 and var closed)
                    {
                        LogClosed(closed);
                    }
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                {
                    // The database is away: the next sweep tries again.
                    LogFailed(e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} room connections whose link was revoked")]
    private partial void LogClosed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for revoked room links failed: {Error}")]
    private partial void LogFailed(string error);
}
