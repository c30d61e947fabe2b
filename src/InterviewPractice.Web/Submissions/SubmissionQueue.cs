using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// The submissions table used as a durable queue, safe for several nodes on one database: a submission is
/// claimed by a conditional update (only one claimer's update matches), held by a renewable lease, and
/// completed only by the node that still holds it. So none is lost (an expired lease is claimable again) and
/// none is judged twice to completion.
/// </summary>
public sealed class SubmissionQueue(IServiceScopeFactory scopes, IOptions<SubmissionsOptions> options, IOptions<JudgeOptions> judge, TimeProvider clock, SubmissionMetrics metrics)
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

    /// <summary>
    /// Claims the next submission, fairly between clients: the claimable submission with the lowest rank among
    /// its client's pending (queued and running) ones, oldest first, so one client's hundred queued submissions
    /// do not delay another's first. Re-judges (<see cref="Submission.RejudgedAt"/>) wait behind every live
    /// submission: an instructor's re-judge of a class delays no one. Never takes a submission whose client already has
    /// <c>Submissions:MaxRunningPerClient</c> being judged. Returns null when there is none to claim.
    /// </summary>
    public async Task<Submission?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var maxRunning = options.Value.MaxRunningPerClient;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if ((await NextAsync(db, now, maxRunning, ct)) is not { } id)
            {
                return null;
            }
            if (await TryClaimAsync(db, id, now, maxRunning, ct))
            {
                return await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, ct);
            }
            // Another worker won this one (or filled its client's running slots); look again.
        }
        return null;
    }

    private static async Task<Guid?> NextAsync(AppDbContext db, DateTime now, int maxRunning, CancellationToken ct)
    {
        string queued = nameof(SubmissionStatus.Queued), running = nameof(SubmissionStatus.Running), done = nameof(SubmissionStatus.Done);
        // Charged against a client: its pending submissions ahead of this one (the rank), and those of its
        // submissions already judged since the oldest waiting submission arrived, so a client whose backlog is being
        // served does not go first again each time one of its submissions finishes. Judged ones are looked for in
        // the last hour only (the index on Status, CreatedAt keeps that cheap).
        var recent = now - TimeSpan.FromHours(1);
        var next = await db.Database.SqlQuery<Guid>($"""
            WITH "Oldest" AS (
                SELECT MIN(q."CreatedAt") AS "At" FROM "Submissions" AS q WHERE q."Status" = {queued}
            ),
            "Served" AS (
                SELECT s."ClientId", COUNT(*) AS "Count"
                FROM "Submissions" AS s, "Oldest" AS o
                WHERE s."Status" = {done} AND s."CreatedAt" >= {recent} AND s."StartedAt" >= o."At"
                GROUP BY s."ClientId"
            )
            SELECT c."Id" AS "Value"
            FROM (
                SELECT p."Id", p."ClientId", p."CreatedAt", p."Status", p."LeaseUntil", p."RejudgedAt",
                       ROW_NUMBER() OVER (PARTITION BY p."ClientId" ORDER BY p."CreatedAt", p."Id") AS "Rank"
                FROM "Submissions" AS p
                WHERE p."Status" = {queued} OR p."Status" = {running}
            ) AS c
            LEFT JOIN "Served" AS v ON v."ClientId" = c."ClientId"
            WHERE (c."Status" = {queued} OR c."LeaseUntil" < {now})
              AND (SELECT COUNT(*) FROM "Submissions" AS r
                   WHERE r."ClientId" = c."ClientId" AND r."Status" = {running} AND r."LeaseUntil" >= {now}) < {maxRunning}
            ORDER BY CASE WHEN c."RejudgedAt" IS NULL THEN 0 ELSE 1 END, c."Rank" + COALESCE(v."Count", 0), c."CreatedAt", c."Id"
            LIMIT 1
            """).ToListAsync(ct);
        return next.Count == 0 ? null : next[0];
    }

    // The conditional update: only one claimer's update matches, and only while the client is under its running
    // cap. On PostgreSQL, claims for one client are serialized by an advisory lock so that two nodes cannot both
    // see room for one more; SQLite runs one writer at a time anyway.
    private async Task<bool> TryClaimAsync(AppDbContext db, Guid id, DateTime now, int maxRunning, CancellationToken ct)
    {
        var until = now + options.Value.Lease;
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlAsync($"""SELECT pg_advisory_xact_lock(hashtext("ClientId")) FROM "Submissions" WHERE "Id" = {id}""", ct);
        }
        var claimed = await db.Submissions
            .Where(s => s.Id == id && (s.Status == SubmissionStatus.Queued || (s.Status == SubmissionStatus.Running && s.LeaseUntil < now)))
            .Where(s => db.Submissions.Count(r => r.ClientId == s.ClientId && r.Status == SubmissionStatus.Running && r.LeaseUntil >= now) < maxRunning)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Running)
                .SetProperty(s => s.LeaseOwner, Node)
                .SetProperty(s => s.LeaseUntil, until)
                .SetProperty(s => s.StartedAt, now)
                .SetProperty(s => s.Attempts, s => s.Attempts + 1), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return claimed == 1;
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

    /// <summary>
    /// Stores a verdict if this node still holds the submission; false when another node took it over. A result
    /// larger than <c>Submissions:MaxResultBytes</c> is stored cut down (see <see cref="StoredResult"/>).
    /// </summary>
    /// <param name="testsVersion">The problem's tests version the verdict was given against, kept to know when it may no longer hold.</param>
    public async Task<bool> CompleteAsync(Guid id, Verdict verdict, string resultJson, CancellationToken ct, string? testsVersion = null) =>
        await StoreVerdictAsync(id, verdict, resultJson, testsVersion, ct) is not null;

    /// <summary>
    /// <see cref="CompleteAsync(Guid, Verdict, string, CancellationToken, string?)"/> for a claimed submission, traced as its
    /// <c>judge.verdict</c> span and, once stored, counted in the verdict and submit-to-verdict metrics.
    /// </summary>
    public async Task<bool> CompleteAsync(Submission submission, Verdict verdict, string resultJson, string? testsVersion, CancellationToken ct)
    {
        using var storing = SubmissionTracing.StartStoring(verdict);
        if (await StoreVerdictAsync(submission.Id, verdict, resultJson, testsVersion, ct) is not { } finishedAt)
        {
            storing?.SetTag("judge.lease_lost", true);
            return false;
        }
        metrics.Judged(submission, verdict, finishedAt);
        return true;
    }

    // The time it was stored (FinishedAt), or null when this node no longer holds the submission.
    private async Task<DateTime?> StoreVerdictAsync(Guid id, Verdict verdict, string resultJson, string? testsVersion, CancellationToken ct)
    {
        resultJson = StoredResult.Bound(resultJson, options.Value.MaxResultBytes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.Submissions.Where(s => s.Id == id && s.LeaseOwner == Node && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Verdict, verdict)
                .SetProperty(s => s.ResultJson, resultJson)
                .SetProperty(s => s.TestsVersion, testsVersion)
                .SetProperty(s => s.FinishedAt, now)
                .SetProperty(s => s.LeaseUntil, (DateTime?)null), ct) == 1;
        return stored ? now : null;
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

    /// <summary>Submissions waiting and being judged, over all nodes (for /health).</summary>
    public async Task<(int Queued, int Running)> DepthAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.Submissions.Where(s => s.Status != SubmissionStatus.Done)
            .GroupBy(_ => 1)
            .Select(g => new { Queued = g.Count(s => s.Status == SubmissionStatus.Queued), Running = g.Count(s => s.Status == SubmissionStatus.Running) })
            .FirstOrDefaultAsync(ct);
        return counts is null ? (0, 0) : (counts.Queued, counts.Running);
    }

    /// <summary>Queued submissions, of everyone and of one client (for backpressure).</summary>
    public async Task<(int All, int OfClient)> CountQueuedAsync(string clientId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.Submissions.Where(s => s.Status == SubmissionStatus.Queued)
            .GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), OfClient = g.Count(s => s.ClientId == clientId) })
            .FirstOrDefaultAsync(ct);
        return counts is null ? (0, 0) : (counts.All, counts.OfClient);
    }
}
