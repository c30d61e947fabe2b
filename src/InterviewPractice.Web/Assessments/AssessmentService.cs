using InterviewPractice.Judging;
using InterviewPractice.Problems;
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
                new SubmissionRequest(slug, draft.Language, draft.Code, "submit", null), $"{ClientPrefix}{assessment.Id:N}", db, ct, assessment.UserId);
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
        var since = assessment.StartedAt.UtcDateTime;
        var until = (assessment.FinishedAt ?? assessment.EndsAt).UtcDateTime;
        var client = $"{ClientPrefix}{assessment.Id:N}";
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == assessment.UserId && assessment.Problems.Contains(s.Problem) && s.CreatedAt >= since && (s.CreatedAt <= until || s.ClientId == client))
            .Select(s => new { s.Problem, s.Mode, s.Verdict, s.CreatedAt, s.ClientId })
            .ToListAsync(ct);
        var answers = (await db.Set<ConceptAttempt>().AsNoTracking()
                .Where(a => a.UserId == assessment.UserId && assessment.Problems.Contains(a.Problem))
                .ToListAsync(ct))
            .Where(a => a.At >= assessment.StartedAt && a.At <= (assessment.FinishedAt ?? assessment.EndsAt))
            .ToList();
        var lines = new List<AssessmentLine>();
        foreach (var slug in assessment.Problems)
        {
            var problem = catalog.Current.Problems.GetValueOrDefault(slug);
            var title = problem?.Title ?? slug;
            if (problem?.Kind == ProblemKind.Concept)
            {
                var mine = answers.Where(a => a.Problem == slug).OrderBy(a => a.At).ToList();
                var full = mine.FirstOrDefault(a => a.Solved);
                var best = mine.MaxBy(a => a.Score);
                lines.Add(new AssessmentLine(slug, title, ProblemKind.Concept, full is not null, mine.Count,
                    full is null ? null : Math.Round((full.At - assessment.StartedAt).TotalMinutes, 1), best?.Score, best?.MaxScore ?? null, false, null));
            }
            else
            {
                var mine = submissions.Where(s => s.Problem == slug).OrderBy(s => s.CreatedAt).ToList();
                var first = mine.FirstOrDefault(s => s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted);
                lines.Add(new AssessmentLine(slug, title, ProblemKind.Code, first is not null, mine.Count(s => s.Mode == JudgeMode.Submit),
                    first is null ? null : Math.Round((first.CreatedAt - since).TotalMinutes, 1), null, null,
                    mine.Any(s => s.ClientId == client), mine.LastOrDefault(s => s.Mode == JudgeMode.Submit)?.Verdict));
            }
        }
        return new AssessmentReport(assessment, lines, lines.Count(l => l.Solved),
            lines.Sum(l => l.Score ?? 0), lines.Where(l => l.Kind == ProblemKind.Concept).Sum(l => l.MaxScore ?? 0));
    }
}
