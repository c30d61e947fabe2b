using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// While anyone waits on a submission, asks the database once per <c>Submissions:PollInterval</c>, in one
/// query for all of them, which were started or judged, and publishes that to <see cref="SubmissionEvents"/>:
/// so waiters hear of submissions judged on another node without each polling the database. While Redis carries
/// other nodes' events it only catches what pub/sub lost, so it asks once per <c>Redis:SafetyNetInterval</c>.
/// </summary>
public sealed partial class SubmissionWatcher(
    SubmissionEvents events,
    ISubmissionNotifier notifier,
    IServiceScopeFactory scopes,
    IOptions<SubmissionsOptions> options,
    IOptions<RedisOptions> redis,
    TimeProvider clock,
    ILogger<SubmissionWatcher> logger) : BackgroundService
{
    /// <summary>The tag on the watcher's query (it shows in logs and lets tests count it).</summary>
    public const string QueryTag = "submission watcher";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await events.WhenWatchedAsync().WaitAsync(stoppingToken);
                var interval = notifier.ReachesOtherNodes ? redis.Value.SafetyNetInterval : options.Value.PollInterval;
                await Task.Delay(interval, clock, stoppingToken);
                await CheckAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting; the next interval tries again, and local events still flow.
                LogCheckFailed(e);
            }
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        var watched = events.Watched();
        if (watched.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // One parameter holding every id: one query however many wait.
        var changed = await db.Submissions.AsNoTracking().TagWith(QueryTag)
            .Where(s => EF.Parameter(watched).Contains(s.Id) && s.Status != SubmissionStatus.Queued)
            .Select(s => new { s.Id, s.Status })
            .ToListAsync(ct);
        foreach (var row in changed)
        {
            events.Observe(row.Id, row.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking up waited-on submissions failed; trying again next interval")]
    private partial void LogCheckFailed(Exception e);
}
