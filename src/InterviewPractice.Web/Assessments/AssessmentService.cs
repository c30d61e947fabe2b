using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Cohorts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Drafts;
using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Assessments;

/// <summary>A kind of mock assessment a student can start.</summary>
/// <param name="Key">Its form value: <c>phone-screen</c>, <c>easy-medium</c>, or <c>set:SLUG</c>.</param>
public sealed record AssessmentPlan(string Key, string Title, int Minutes);

/// <summary>One problem's line in an assessment's report.</summary>
/// <param name="Minutes">From the start to the first accepted submission or full-marks answer; null if not solved.</param>
/// <param name="Score">A concept problem's best score (and <paramref name="MaxScore"/>); null for coding problems or unanswered.</param>
/// <param name="SubmittedAtEnd">A coding problem whose draft the server submitted when the time ran out.</param>
public sealed record AssessmentLine(
    string Problem, string Title, ProblemKind Kind, bool Solved, int Attempts, double? Minutes, double? Score, double? MaxScore, bool SubmittedAtEnd, Verdict? LastVerdict);

/// <summary>An assessment's report: each problem's line, and the totals.</summary>
public sealed record AssessmentReport(Assessment Assessment, IReadOnlyList<AssessmentLine> Lines, int Solved, double ConceptScore, double ConceptMax);

/// <summary>
/// Mock assessments: drawing the problems (unsolved ones first), the server's timer, ending them (the student
/// early, or <see cref="AssessmentCloser"/> when the time is up, submitting the coding problems' drafts), the report.
/// </summary>
public sealed class AssessmentService(IServiceScopeFactory scopes, ProblemCatalog catalog, SubmissionIntake intake, TimeProvider clock)
{
    /// <summary>The client the judge's queue counts an assessment's end-of-time submissions under.</summary>
    public const string ClientPrefix = "assessment-";

    /// <summary>Raised when an assessment was started (the closer plans its end).</summary>
    public event Action<Assessment>? Started;

    /// <summary>Raised after an assessment ended, with how many drafts were submitted for it.</summary>
    public event Action<Guid, int>? Finished;

    /// <summary>The assessments one can start now: the two standard ones and one per problem set.</summary>
    public IReadOnlyList<AssessmentPlan> Plans() =>
    [
        new("phone-screen", "Phone screen for an ML internship: 1 coding + 3 concept questions", 45),
        new("easy-medium", "Coding: 1 easy + 1 medium", 45),
        .. catalog.Current.Sets.Values.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Select(s => new AssessmentPlan($"set:{s.Slug}", $"Set: {s.Title}", Math.Min(120, 15 * s.Problems.Length))),
    ];

    /// <summary>Starts <paramref name="plan"/> for <paramref name="userId"/>: problems drawn at random, unsolved ones first. An error in words, or the assessment.</summary>
    public async Task<(Assessment? Assessment, string? Error)> StartAsync(string userId, string plan, CancellationToken ct)
    {
        var chosen = Plans().FirstOrDefault(p => p.Key == plan);
        if (chosen is null)
        {
            return (null, $"There is no assessment '{plan}'.");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var statuses = await Progress.StatusesAsync(db, userId, ct);
        var all = catalog.Current.Problems.Values.ToList();
        // Unsolved first, in a random order; solved ones only when too few are left.
        List<Problem> Draw(IEnumerable<Problem> from, int count) =>
        [
            .. from.OrderBy(p => statuses.GetValueOrDefault(p.Slug) == ProblemStatus.Solved).ThenBy(_ => Random.Shared.Next()).Take(count),
        ];
        var problems = plan switch
        {
            "phone-screen" => [.. Draw(all.Where(p => p.Kind == ProblemKind.Code && p.Difficulty != Difficulty.Hard), 1), .. Draw(all.Where(p => p.Kind == ProblemKind.Concept), 3)],
            "easy-medium" => [.. Draw(all.Where(p => p.Kind == ProblemKind.Code && p.Difficulty == Difficulty.Easy), 1), .. Draw(all.Where(p => p.Kind == ProblemKind.Code && p.Difficulty == Difficulty.Medium), 1)],
            _ => catalog.Current.Sets[plan["set:".Length..]].Problems.Select(s => catalog.Current.Problems.GetValueOrDefault(s)).OfType<Problem>().ToList(),
        };
        if (problems.Count == 0)
        {
            return (null, "The catalog has no problems for this assessment yet.");
        }
        var now = clock.GetUtcNow();
        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(), UserId = userId, Title = chosen.Title, Problems = [.. problems.Select(p => p.Slug)],
            Minutes = chosen.Minutes, StartedAt = now, EndsAt = now.AddMinutes(chosen.Minutes),
        };
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        Started?.Invoke(assessment);
        return (assessment, null);
    }

    /// <summary>
    /// Starts <paramref name="userId"/>'s one attempt at a timed cohort assignment: its set's problems in order, the
    /// assignment's minutes, ending at the deadline at the latest. A second start returns the first attempt. An error
    /// in words, or the assessment.
    /// </summary>
    public async Task<(Assessment? Assessment, string? Error)> StartAssignmentAsync(string userId, Guid assignmentId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var found = await (from a in db.Set<CohortAssignment>()
                           join c in db.Set<Cohort>() on a.CohortId equals c.Id
                           where a.Id == assignmentId && db.Set<CohortMember>().Any(m => m.CohortId == c.Id && m.UserId == userId)
                           select new { Assignment = a, Cohort = c.Name }).AsNoTracking().SingleOrDefaultAsync(ct);
        if (found?.Assignment is not { Minutes: { } minutes } assignment)
        {
            return (null, "There is no timed assignment of yours with this id.");
        }
        if (await FindAttemptAsync(assignmentId, userId, ct) is { } started)
        {
            return (started, null);
        }
        var now = clock.GetUtcNow();
        if (now >= assignment.Deadline)
        {
            return (null, "The deadline has passed.");
        }
        if (!catalog.Current.Sets.TryGetValue(assignment.Set, out var set))
        {
            return (null, $"The problem set '{assignment.Set}' is no longer served.");
        }
        var ends = now.AddMinutes(minutes);
        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(), UserId = userId, AssignmentId = assignmentId, Title = $"{found.Cohort}: {set.Title}",
            Problems = [.. set.Problems.Where(catalog.Current.Problems.ContainsKey)], Minutes = minutes, StartedAt = now,
            EndsAt = ends < assignment.Deadline ? ends : assignment.Deadline,
        };
        db.Add(assessment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second tab started it at the same moment: that start is the attempt.
            if (await FindAttemptAsync(assignmentId, userId, ct) is { } other)
            {
                return (other, null);
            }
            throw;
        }
        Started?.Invoke(assessment);
        return (assessment, null);
    }

    private async Task<Assessment?> FindAttemptAsync(Guid assignmentId, string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Assessment>().AsNoTracking().SingleOrDefaultAsync(a => a.AssignmentId == assignmentId && a.UserId == userId, ct);
    }

    /// <summary>The user's assessment (null for anyone else's), newest state.</summary>
    public async Task<Assessment?> FindAsync(Guid id, string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Assessment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, ct);
    }

    /// <summary>The user's assessments, newest first.</summary>
    public async Task<IReadOnlyList<Assessment>> ListAsync(string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A student's assessments are few: ordered here (SQLite cannot order by a DateTimeOffset).
        return [.. (await db.Set<Assessment>().AsNoTracking().Where(a => a.UserId == userId).ToListAsync(ct)).OrderByDescending(a => a.StartedAt)];
    }

    /// <summary>
    /// Ends the assessment (once: another node or tab may get there first) and submits each coding problem's latest
    /// draft that has not been accepted since the start. Returns how many were submitted, or null if it had ended.
    /// </summary>
    public async Task<int?> FinishAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var assessment = await db.Set<Assessment>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null || assessment.FinishedAt is not null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        assessment.FinishedAt = now < assessment.EndsAt ? now : assessment.EndsAt;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        var submitted = 0;
        var since = assessment.StartedAt.UtcDateTime;
        foreach (var slug in assessment.Problems)
        {
            if (!catalog.Current.Problems.TryGetValue(slug, out var problem) || problem.Kind != ProblemKind.Code)
            {
                continue;
            }
            var accepted = await db.Submissions.AnyAsync(s => s.UserId == assessment.UserId && s.Problem == slug && s.CreatedAt >= since
                && s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted, ct);
            var draft = (await db.Set<Draft>().AsNoTracking().Where(d => d.UserId == assessment.UserId && d.Problem == slug).ToListAsync(ct))
                .OrderByDescending(d => d.UpdatedAt).FirstOrDefault();
            if (accepted || draft is null)
            {
                continue;
            }
            var (queued, _) = await intake.EnqueueAsync(
                new SubmissionRequest(slug, draft.Language, draft.Code, "submit", null), assessment.EndClient(), db, ct, assessment.UserId);
            submitted += queued is null ? 0 : 1;
        }
        Finished?.Invoke(id, submitted);
        return submitted;
    }

    /// <summary>The report: per problem, solved or not, attempts, time to solve, concept score, what was submitted at the end.</summary>
    public async Task<AssessmentReport> ReportAsync(Assessment assessment, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var standings = await Standings.LoadAsync(db, [assessment.UserId], assessment.Problems, ct);
        var lines = assessment.Problems.Select(slug =>
        {
            var problem = catalog.Current.Problems.GetValueOrDefault(slug);
            var kind = problem?.Kind ?? ProblemKind.Code;
            var tries = standings.Of(assessment.UserId, slug).Where(assessment.Holds).ToList();
            var standing = Standings.Read(tries);
            return new AssessmentLine(slug, problem?.Title ?? slug, kind, standing.Solved, standing.Attempts,
                standing.SolvedAt is { } at ? Math.Round((at - assessment.StartedAt).TotalMinutes, 1) : null, standing.Score,
                // An unanswered concept problem still counts its full marks in the total: it scored 0 of them.
                standing.MaxScore ?? problem?.AnswerKey?.PublicParts.Sum(p => p.Points),
                tries.Any(t => t.Client == assessment.EndClient()), standing.LastVerdict);
        }).ToList();
        return new AssessmentReport(assessment, lines, lines.Count(l => l.Solved),
            lines.Sum(l => l.Score ?? 0), lines.Where(l => l.Kind == ProblemKind.Concept).Sum(l => l.MaxScore ?? 0));
    }
}
