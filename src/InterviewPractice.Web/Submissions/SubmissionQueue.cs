using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// The submissions table used as a durable queue, safe for several nodes on one database: a submission is
/// claimed by a conditional update (only one claimer's update matches), held by a renewable lease, and
/// completed only by the node that still holds it. So none is lost (an expired lease is claimable again) and
/// none is judged twice to completion.
/// </summary>
public sealed class SubmissionQueue(IServiceScopeFactory scopes, IOptions<SubmissionsOptions> options, IOptions<JudgeOptions> judge, TimeProvider clock)
{
    private string Node => judge.Value.NodeId;

    /// <summary>Returns this node's interrupted submissions (a crash or kill mid-judging) to the queue.</summary>
    public async Task<int> RequeueInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Submissions
            .Where(s => s.Status == SubmissionStatus.Running && s.LeaseOwner == Node)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SubmissionStatus.Queued).SetProperty(s => s.LeaseOwner, (string?)null), ct);
    }

    /// <summary>Claims the oldest claimable submission, or returns null when there is none.</summary>
    public async Task<Submission?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await db.Submissions.AsNoTracking()
                .Where(s => s.Status == SubmissionStatus.Queued || (s.Status == SubmissionStatus.Running && s.LeaseUntil < now))
                .OrderBy(s => s.CreatedAt)
                .Select(s => (Guid?)s.Id)
                .FirstOrDefaultAsync(ct);
            if (candidate is not { } id)
            {
                return null;
            }
            var until = now + options.Value.Lease;
            var claimed = await db.Submissions
                .Where(s => s.Id == id && (s.Status == SubmissionStatus.Queued || (s.Status == SubmissionStatus.Running && s.LeaseUntil < now)))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.Status, SubmissionStatus.Running)
                    .SetProperty(s => s.LeaseOwner, Node)
                    .SetProperty(s => s.LeaseUntil, until)
                    .SetProperty(s => s.StartedAt, now)
                    .SetProperty(s => s.Attempts, s => s.Attempts + 1), ct);
            if (claimed == 1)
            {
                return await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, ct);
            }
            // Another worker won this one; look again.
        }
        return null;
    }

    /// <summary>Extends this node's lease on a submission it is judging.</summary>
    public async Task RenewAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var until = clock.GetUtcNow().UtcDateTime + options.Value.Lease;
        await db.Submissions.Where(s => s.Id == id && s.LeaseOwner == Node && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, until), ct);
    }

    /// <summary>Stores a verdict if this node still holds the submission; false when another node took it over.</summary>
    public async Task<bool> CompleteAsync(Guid id, Verdict verdict, string resultJson, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Submissions.Where(s => s.Id == id && s.LeaseOwner == Node && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Verdict, verdict)
                .SetProperty(s => s.ResultJson, resultJson)
                .SetProperty(s => s.FinishedAt, now)
                .SetProperty(s => s.LeaseUntil, (DateTime?)null), ct) == 1;
    }

    /// <summary>
    /// Gives a submission back to the queue (the platform failed it; another attempt may succeed). With
    /// <paramref name="refundAttempt"/>, the failed attempt does not count (the engine was down: nothing was tried).
    /// </summary>
    public async Task ReleaseAsync(Guid id, bool refundAttempt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var refund = refundAttempt ? 1 : 0;
        await db.Submissions.Where(s => s.Id == id && s.LeaseOwner == Node && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Attempts, s => s.Attempts - refund)
                .SetProperty(s => s.Status, SubmissionStatus.Queued)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.LeaseUntil, (DateTime?)null), ct);
    }

    /// <summary>Queued submissions (for backpressure).</summary>
    public async Task<int> CountQueuedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Submissions.CountAsync(s => s.Status == SubmissionStatus.Queued, ct);
    }
}
