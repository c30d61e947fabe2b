using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Assessments;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Cohorts;

/// <summary>A cohort as its instructor lists it.</summary>
public sealed record CohortSummary(Guid Id, string Name, int Members, int Assignments);

/// <summary>An assignment as a student sees it: the set, the deadline, how far they are.</summary>
/// <param name="Minutes">A timed assignment's minutes (null: untimed).</param>
/// <param name="Attempt">A timed assignment: the student's attempt, once started.</param>
public sealed record StudentAssignment(
    Guid Id, string Cohort, string Set, string SetTitle, DateTimeOffset Deadline, int Solved, int Problems, int? Minutes, Assessment? Attempt);

/// <summary>One student's standing on one problem of an assignment.</summary>
/// <param name="Minutes">From the first try to the first accepted submission or full-marks answer.</param>
/// <param name="Late">Solved, but after the deadline.</param>
/// <param name="LastSubmission">The student's latest coding submission to it (its code opens on click).</param>
public sealed record ResultCell(bool Solved, int Attempts, double? Minutes, double? Score, double? MaxScore, bool Late, Guid? LastSubmission);

/// <summary>One student's row of an assignment's results.</summary>
/// <param name="Attempt">A timed assignment: the student's attempt (null until they start it); only tries within it count.</param>
public sealed record ResultRow(string UserId, string Name, string Email, IReadOnlyList<ResultCell> Cells, int Solved, Assessment? Attempt);

/// <summary>A submission of the assignment that was judged again after its problem's tests changed.</summary>
/// <param name="Now">Its verdict against the new tests; null while it is being judged again.</param>
public sealed record Rejudged(Guid Submission, string Name, string Email, string Problem, Verdict? Before, Verdict? Now, DateTime At)
{
    public bool Changed => Now is not null && Now != Before;
}

/// <summary>An assignment's results: the problems (columns) and a row per student.</summary>
/// <param name="Stale">Per problem, the accepted submissions that count here and were judged against tests that have changed since.</param>
/// <param name="Rejudges">The re-judged submissions, newest first: whose verdict changed.</param>
/// <param name="Open">Before the deadline: stale submissions can be re-judged.</param>
public sealed record AssignmentResults(
    CohortAssignment Assignment, Cohort Cohort, IReadOnlyList<Problem> Problems, IReadOnlyList<ResultRow> Rows,
    IReadOnlyDictionary<string, int> Stale, IReadOnlyList<Rejudged> Rejudges, bool Open, string SetTitle)
{
    public int StaleCount => Stale.Values.Sum();
}

/// <summary>
/// Cohorts: an instructor's classes, joined by invite link, given problem sets with deadlines, and each
/// assignment's results. Every read is scoped: instructors reach only their own cohorts, students only their own standing.
/// </summary>
public sealed class CohortService(IServiceScopeFactory scopes, ProblemCatalog catalog, ISubmissionNotifier notifier, TimeProvider clock)
{
    /// <summary>Creates a cohort; its invite token (shown once; only its hash is stored).</summary>
    public async Task<(Cohort Cohort, string Token)> CreateAsync(string instructorId, string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var token = NewToken();
        var cohort = new Cohort { Id = Guid.CreateVersion7(), Name = name.Trim(), InstructorId = instructorId, InviteHash = Hash(token), CreatedAt = clock.GetUtcNow() };
        db.Add(cohort);
        await db.SaveChangesAsync(ct);
        return (cohort, token);
    }

    /// <summary>A new invite link for the instructor's cohort (the old one stops working); null if it is not theirs.</summary>
    public async Task<string?> NewInviteAsync(Guid id, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cohort = await db.Set<Cohort>().SingleOrDefaultAsync(c => c.Id == id && c.InstructorId == instructorId, ct);
        if (cohort is null)
        {
            return null;
        }
        var token = NewToken();
        cohort.InviteHash = Hash(token);
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The instructor's cohorts.</summary>
    public async Task<IReadOnlyList<CohortSummary>> OfInstructorAsync(string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Cohort>().AsNoTracking().Where(c => c.InstructorId == instructorId).OrderBy(c => c.Name)
            .Select(c => new CohortSummary(c.Id, c.Name,
                db.Set<CohortMember>().Count(m => m.CohortId == c.Id), db.Set<CohortAssignment>().Count(a => a.CohortId == c.Id)))
            .ToListAsync(ct);
    }

    /// <summary>The instructor's cohort with its members and assignments; null if it is not theirs.</summary>
    public async Task<(Cohort Cohort, IReadOnlyList<AppUser> Members, IReadOnlyList<CohortAssignment> Assignments)?> OwnedAsync(Guid id, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cohort = await db.Set<Cohort>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.InstructorId == instructorId, ct);
        if (cohort is null)
        {
            return null;
        }
        var members = await Members(db, id).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var assignments = (await db.Set<CohortAssignment>().AsNoTracking().Where(a => a.CohortId == id).ToListAsync(ct)).OrderBy(a => a.Deadline).ToList();
        return (cohort, members, assignments);
    }

    /// <summary>Joins the cohort whose invite <paramref name="token"/> is; null when the link is unknown (or was replaced).</summary>
    public async Task<Cohort?> JoinAsync(string token, string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = Hash(token);
        var cohort = await db.Set<Cohort>().AsNoTracking().SingleOrDefaultAsync(c => c.InviteHash == hash, ct);
        if (cohort is null)
        {
            return null;
        }
        if (cohort.InstructorId != userId && !await db.Set<CohortMember>().AnyAsync(m => m.CohortId == cohort.Id && m.UserId == userId, ct))
        {
            db.Add(new CohortMember { CohortId = cohort.Id, UserId = userId, JoinedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }
        return cohort;
    }

    /// <summary>The cohort whose invite <paramref name="token"/> is, to show before joining.</summary>
    public async Task<Cohort?> ByInviteAsync(string token, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = Hash(token);
        return await db.Set<Cohort>().AsNoTracking().SingleOrDefaultAsync(c => c.InviteHash == hash, ct);
    }

    /// <summary>The shortest and longest time a timed assignment may give.</summary>
    public const int MinMinutes = 5, MaxMinutes = 600;

    /// <summary>
    /// Gives the instructor's cohort a problem set due by <paramref name="deadline"/>; timed when
    /// <paramref name="minutes"/> is given. An error in words, or null.
    /// </summary>
    public async Task<string?> AssignAsync(Guid cohortId, string instructorId, string set, DateTimeOffset deadline, int? minutes, CancellationToken ct)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
        {
            return $"A timed assignment gives between {MinMinutes} and {MaxMinutes} minutes.";
        }
        if (!catalog.Current.Sets.ContainsKey(set))
        {
            return $"There is no problem set '{set}'.";
        }
        if (deadline <= clock.GetUtcNow())
        {
            return "The deadline is in the past.";
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Set<Cohort>().AnyAsync(c => c.Id == cohortId && c.InstructorId == instructorId, ct))
        {
            return "This cohort is not yours.";
        }
        db.Add(new CohortAssignment { Id = Guid.CreateVersion7(), CohortId = cohortId, Set = set, CreatedAt = clock.GetUtcNow(), Deadline = deadline, Minutes = minutes });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A student's assignments in every cohort they joined, with how many problems of each they solved.</summary>
    public async Task<IReadOnlyList<StudentAssignment>> OfStudentAsync(string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await (from m in db.Set<CohortMember>()
                          join c in db.Set<Cohort>() on m.CohortId equals c.Id
                          join a in db.Set<CohortAssignment>() on c.Id equals a.CohortId
                          where m.UserId == userId
                          select new { a.Id, Cohort = c.Name, a.Set, a.Deadline, a.Minutes }).AsNoTracking().ToListAsync(ct);
        var attempts = (await db.Set<Assessment>().AsNoTracking().Where(a => a.UserId == userId && a.AssignmentId != null).ToListAsync(ct))
            .ToDictionary(a => a.AssignmentId!.Value);
        var sets = catalog.Current.Sets;
        var slugs = mine.Where(a => sets.ContainsKey(a.Set)).SelectMany(a => sets[a.Set].Problems).Distinct().ToList();
        var standings = await Standings.LoadAsync(db, [userId], slugs, ct);
        return [.. mine.Where(a => sets.ContainsKey(a.Set)).OrderBy(a => a.Deadline).Select(a =>
        {
            var problems = sets[a.Set].Problems;
            var attempt = attempts.GetValueOrDefault(a.Id);
            var counts = Counts(a.Minutes, attempt);
            return new StudentAssignment(a.Id, a.Cohort, a.Set, sets[a.Set].Title, a.Deadline,
                problems.Count(p => Standings.Read(standings.Of(userId, p).Where(counts)).Solved), problems.Length, a.Minutes, attempt);
        })];
    }

    /// <summary>An assignment's results, for the instructor of its cohort only (null otherwise).</summary>
    public async Task<AssignmentResults?> ResultsAsync(Guid assignmentId, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await ScopeAsync(db, assignmentId, instructorId, ct) is not { } at)
        {
            return null;
        }
        var (assignment, cohort, problems, members, attempts) = at;
        var slugs = problems.Select(p => p.Slug).ToList();
        var ids = members.Select(m => m.Id).ToList();
        var standings = await Standings.LoadAsync(db, ids, slugs, ct);
        var rows = members.Select(member =>
        {
            var attempt = attempts.GetValueOrDefault(member.Id);
            var counts = Counts(assignment.Minutes, attempt);
            var cells = problems.Select(problem =>
            {
                var standing = Standings.Read(standings.Of(member.Id, problem.Slug).Where(counts));
                var from = attempt?.StartedAt ?? standing.FirstTry;
                return new ResultCell(standing.Solved, standing.Attempts,
                    standing.SolvedAt is { } solved && from is { } start ? Math.Round((solved - start).TotalMinutes, 1) : null,
                    standing.Score, standing.MaxScore, standing.SolvedAt > assignment.Deadline, standing.LastSubmission);
            }).ToList();
            return new ResultRow(member.Id, member.DisplayName, member.Email ?? "", cells, cells.Count(c => c.Solved), attempt);
        }).ToList();

        var stale = (await StaleAsync(db, at, ct)).GroupBy(s => s.Problem).ToDictionary(g => g.Key, g => g.Count());
        var names = members.ToDictionary(m => m.Id);
        var rejudges = (await db.Submissions.AsNoTracking()
                .Where(s => s.RejudgedAt != null && s.UserId != null && ids.Contains(s.UserId) && slugs.Contains(s.Problem))
                .Select(s => new { s.Id, UserId = s.UserId!, s.Problem, s.PreviousVerdict, s.Verdict, s.Status, RejudgedAt = s.RejudgedAt!.Value })
                .ToListAsync(ct))
            .OrderByDescending(s => s.RejudgedAt)
            .Select(s => new Rejudged(s.Id, names[s.UserId].DisplayName, names[s.UserId].Email ?? "", s.Problem, s.PreviousVerdict,
                s.Status == SubmissionStatus.Done ? s.Verdict : null, s.RejudgedAt))
            .ToList();
        return new AssignmentResults(assignment, cohort, problems, rows, stale, rejudges, clock.GetUtcNow() < assignment.Deadline,
            catalog.Current.Sets.GetValueOrDefault(assignment.Set)?.Title ?? assignment.Set);
    }

    /// <summary>
    /// Judges again, on the problems' current tests, the accepted submissions that count in the instructor's open
    /// assignment and were judged against tests that have changed since. They keep their place in the students'
    /// history; their old verdict is kept beside the new one. Returns how many were queued, or null when the
    /// assignment is not theirs or its deadline has passed.
    /// </summary>
    public async Task<int?> RejudgeAsync(Guid assignmentId, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await ScopeAsync(db, assignmentId, instructorId, ct) is not { } at || clock.GetUtcNow() >= at.Assignment.Deadline)
        {
            return null;
        }
        var ids = (await StaleAsync(db, at, ct)).Select(s => s.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a submission still accepted and done is taken: a re-judge asked twice at once queues it once.
        var queued = await db.Submissions
            .Where(s => ids.Contains(s.Id) && s.Status == SubmissionStatus.Done && s.Verdict == Verdict.Accepted)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.PreviousVerdict, s => s.Verdict)
                .SetProperty(s => s.Verdict, (Verdict?)null)
                .SetProperty(s => s.ResultJson, (string?)null)
                .SetProperty(s => s.Status, SubmissionStatus.Queued)
                .SetProperty(s => s.RejudgedAt, now)
                .SetProperty(s => s.Attempts, 0)
                .SetProperty(s => s.StartedAt, (DateTime?)null)
                .SetProperty(s => s.FinishedAt, (DateTime?)null)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.LeaseUntil, (DateTime?)null), ct);
        // A wake-up per submission (the queue claims from the database, so one already queued by a concurrent
        // re-judge is claimed once); none when this call queued nothing.
        foreach (var id in queued > 0 ? ids : [])
        {
            notifier.Publish(new SubmissionQueued(id));
        }
        return queued;
    }

    private sealed record AssignmentScope(
        CohortAssignment Assignment, Cohort Cohort, IReadOnlyList<Problem> Problems, IReadOnlyList<AppUser> Members, IReadOnlyDictionary<string, Assessment> Attempts);

    // The instructor's assignment with its problems, students and (timed) their attempts; null if it is not theirs.
    private async Task<AssignmentScope?> ScopeAsync(AppDbContext db, Guid assignmentId, string instructorId, CancellationToken ct)
    {
        var assignment = await db.Set<CohortAssignment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        var cohort = assignment is null ? null : await db.Set<Cohort>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == assignment.CohortId && c.InstructorId == instructorId, ct);
        if (assignment is null || cohort is null || !catalog.Current.Sets.TryGetValue(assignment.Set, out var set))
        {
            return null;
        }
        var problems = set.Problems.Select(catalog.Current.Problems.GetValueOrDefault).OfType<Problem>().ToList();
        var members = await Members(db, cohort.Id).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var attempts = (await db.Set<Assessment>().AsNoTracking().Where(a => a.AssignmentId == assignmentId).ToListAsync(ct)).ToDictionary(a => a.UserId);
        return new(assignment, cohort, problems, members, attempts);
    }

    // The accepted submissions that count in the assignment and were judged against other tests than the problem's current ones.
    private static async Task<IReadOnlyList<Submission>> StaleAsync(AppDbContext db, AssignmentScope at, CancellationToken ct)
    {
        var versions = at.Problems.Where(p => p.Kind == ProblemKind.Code).ToDictionary(p => p.Slug, p => p.TestsVersion);
        var slugs = versions.Keys.ToList();
        var ids = at.Members.Select(m => m.Id).ToList();
        var accepted = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId != null && ids.Contains(s.UserId) && slugs.Contains(s.Problem)
                && s.Mode == JudgeMode.Submit && s.Status == SubmissionStatus.Done && s.Verdict == Verdict.Accepted)
            .ToListAsync(ct);
        return [.. accepted.Where(s => s.TestsVersion != versions[s.Problem]
            && Counts(at.Assignment.Minutes, at.Attempts.GetValueOrDefault(s.UserId!))(
                new Try(s.Id, s.UserId!, s.Problem, new DateTimeOffset(s.CreatedAt, TimeSpan.Zero), true, true, s.Verdict, null, null, s.ClientId)))];
    }

    // Which tries count in an assignment: all of them, or for a timed one only those within the student's attempt.
    private static Func<Try, bool> Counts(int? minutes, Assessment? attempt) =>
        minutes is null ? _ => true : attempt is null ? _ => false : attempt.Holds;

    /// <summary>
    /// A submission's code, for the instructor of a cohort the submitting student is in (null otherwise): what
    /// "their last submission's code on click" opens.
    /// </summary>
    public async Task<Submission?> SubmissionAsync(Guid cohortId, Guid submissionId, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        var allowed = submission?.UserId is { } student
            && await db.Set<Cohort>().AnyAsync(c => c.Id == cohortId && c.InstructorId == instructorId, ct)
            && await db.Set<CohortMember>().AnyAsync(m => m.CohortId == cohortId && m.UserId == student, ct);
        return allowed ? submission : null;
    }

    private static IQueryable<AppUser> Members(AppDbContext db, Guid cohort) =>
        from m in db.Set<CohortMember>().AsNoTracking()
        join u in db.Users.AsNoTracking() on m.UserId equals u.Id
        where m.CohortId == cohort
        select u;

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
