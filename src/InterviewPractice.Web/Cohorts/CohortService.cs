using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Cohorts;

/// <summary>A cohort as its instructor lists it.</summary>
public sealed record CohortSummary(Guid Id, string Name, int Members, int Assignments);

/// <summary>An assignment as a student sees it: the set, the deadline, how far they are.</summary>
public sealed record StudentAssignment(Guid Id, string Cohort, string Set, string SetTitle, DateTimeOffset Deadline, int Solved, int Problems);

/// <summary>One student's standing on one problem of an assignment.</summary>
/// <param name="Minutes">From the first try to the first accepted submission or full-marks answer.</param>
/// <param name="Late">Solved, but after the deadline.</param>
/// <param name="LastSubmission">The student's latest coding submission to it (its code opens on click).</param>
public sealed record ResultCell(bool Solved, int Attempts, double? Minutes, double? Score, double? MaxScore, bool Late, Guid? LastSubmission);

/// <summary>One student's row of an assignment's results.</summary>
public sealed record ResultRow(string UserId, string Name, string Email, IReadOnlyList<ResultCell> Cells, int Solved);

/// <summary>An assignment's results: the problems (columns) and a row per student.</summary>
public sealed record AssignmentResults(CohortAssignment Assignment, Cohort Cohort, IReadOnlyList<Problem> Problems, IReadOnlyList<ResultRow> Rows);

/// <summary>
/// Cohorts: an instructor's classes, joined by invite link, given problem sets with deadlines, and each
/// assignment's results. Every read is scoped: instructors reach only their own cohorts, students only their own standing.
/// </summary>
public sealed class CohortService(IServiceScopeFactory scopes, ProblemCatalog catalog, TimeProvider clock)
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

    /// <summary>Gives the instructor's cohort a problem set due by <paramref name="deadline"/>. An error in words, or null.</summary>
    public async Task<string?> AssignAsync(Guid cohortId, string instructorId, string set, DateTimeOffset deadline, CancellationToken ct)
    {
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
        db.Add(new CohortAssignment { Id = Guid.CreateVersion7(), CohortId = cohortId, Set = set, CreatedAt = clock.GetUtcNow(), Deadline = deadline });
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
                          select new { a.Id, Cohort = c.Name, a.Set, a.Deadline }).AsNoTracking().ToListAsync(ct);
        var statuses = await Progress.StatusesAsync(db, userId, ct);
        var sets = catalog.Current.Sets;
        return [.. mine.Where(a => sets.ContainsKey(a.Set)).OrderBy(a => a.Deadline).Select(a =>
        {
            var problems = sets[a.Set].Problems;
            return new StudentAssignment(a.Id, a.Cohort, a.Set, sets[a.Set].Title, a.Deadline,
                problems.Count(p => statuses.GetValueOrDefault(p) == ProblemStatus.Solved), problems.Length);
        })];
    }

    /// <summary>An assignment's results, for the instructor of its cohort only (null otherwise).</summary>
    public async Task<AssignmentResults?> ResultsAsync(Guid assignmentId, string instructorId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var assignment = await db.Set<CohortAssignment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        var cohort = assignment is null ? null : await db.Set<Cohort>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == assignment.CohortId && c.InstructorId == instructorId, ct);
        if (assignment is null || cohort is null || !catalog.Current.Sets.TryGetValue(assignment.Set, out var set))
        {
            return null;
        }
        var problems = set.Problems.Select(catalog.Current.Problems.GetValueOrDefault).OfType<Problem>().ToList();
        var slugs = problems.Select(p => p.Slug).ToList();
        var members = await Members(db, cohort.Id).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var ids = members.Select(m => m.Id).ToList();
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId != null && ids.Contains(s.UserId) && slugs.Contains(s.Problem))
            .Select(s => new { s.Id, UserId = s.UserId!, s.Problem, s.Mode, s.Verdict, s.CreatedAt })
            .ToListAsync(ct);
        var answers = await db.Set<ConceptAttempt>().AsNoTracking()
            .Where(a => ids.Contains(a.UserId) && slugs.Contains(a.Problem))
            .ToListAsync(ct);
        var rows = members.Select(member =>
        {
            var cells = problems.Select(problem =>
            {
                if (problem.Kind == ProblemKind.Concept)
                {
                    var mine = answers.Where(a => a.UserId == member.Id && a.Problem == problem.Slug).OrderBy(a => a.At).ToList();
                    var full = mine.FirstOrDefault(a => a.Solved);
                    var best = mine.MaxBy(a => a.Score);
                    return new ResultCell(full is not null, mine.Count, full is null ? null : Math.Round((full.At - mine[0].At).TotalMinutes, 1),
                        best?.Score, best?.MaxScore, full is not null && full.At > assignment.Deadline, null);
                }
                var tries = submissions.Where(s => s.UserId == member.Id && s.Problem == problem.Slug).OrderBy(s => s.CreatedAt).ToList();
                var accepted = tries.FirstOrDefault(s => s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted);
                var last = tries.LastOrDefault(s => s.Mode == JudgeMode.Submit) ?? tries.LastOrDefault();
                return new ResultCell(accepted is not null, tries.Count(s => s.Mode == JudgeMode.Submit),
                    accepted is null ? null : Math.Round((accepted.CreatedAt - tries[0].CreatedAt).TotalMinutes, 1), null, null,
                    accepted is not null && new DateTimeOffset(accepted.CreatedAt, TimeSpan.Zero) > assignment.Deadline, last?.Id);
            }).ToList();
            return new ResultRow(member.Id, member.DisplayName, member.Email ?? "", cells, cells.Count(c => c.Solved));
        }).ToList();
        return new AssignmentResults(assignment, cohort, problems, rows);
    }

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
