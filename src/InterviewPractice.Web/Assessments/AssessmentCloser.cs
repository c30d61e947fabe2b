using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Assessments;

/// <summary>
/// Ends mock assessments when their time is up, on the server's clock: a wait per running assessment, planned when
/// it starts and, for all running ones, when the node starts (a restart loses no ending). Where several nodes plan
/// one, one ends it and the others find it ended.
/// </summary>
public sealed partial class AssessmentCloser : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly AssessmentService _assessments;
    private readonly TimeProvider _clock;
    private readonly ILogger<AssessmentCloser> _logger;
    private CancellationToken _stopping = CancellationToken.None;

    public AssessmentCloser(IServiceScopeFactory scopes, AssessmentService assessments, TimeProvider clock, ILogger<AssessmentCloser> logger)
    {
        (_scopes, _assessments, _clock, _logger) = (scopes, assessments, clock, logger);
        assessments.Started += Plan;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var running in await db.Set<Assessment>().AsNoTracking().Where(a => a.FinishedAt == null).ToListAsync(stoppingToken))
            {
                Plan(running);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is away at start: those assessments end when their page is opened next.
            LogFailed(Guid.Empty, e.Message);
        }
    }

    private void Plan(Assessment assessment)
    {
        if (!_stopping.IsCancellationRequested)
        {
            _ = EndAtAsync(assessment.Id, assessment.EndsAt - _clock.GetUtcNow());
        }
    }

    private async Task EndAtAsync(Guid id, TimeSpan due)
    {
        try
        {
            await Task.Delay(due > TimeSpan.Zero ? due : TimeSpan.Zero, _clock, _stopping);
            if (await _assessments.FinishAsync(id, _stopping) is { } submitted)
            {
                LogEnded(id, submitted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            LogFailed(id, e.Message);
        }
    }

    public override void Dispose()
    {
        _assessments.Started -= Plan;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assessment {Assessment}: time is up; {Submitted} drafts submitted")]
    private partial void LogEnded(Guid assessment, int submitted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assessment {Assessment}: ending it failed: {Error}")]
    private partial void LogFailed(Guid assessment, string error);
}
