using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Submissions;

/// <summary>Where an account stands on a problem.</summary>
public enum ProblemStatus
{
    /// <summary>Never submitted or run.</summary>
    New,

    /// <summary>Run or submitted, never accepted.</summary>
    Attempted,

    /// <summary>A submission was accepted on the hidden tests.</summary>
    Solved,
}

/// <summary>An account's progress, read from its submissions.</summary>
public static class Progress
{
    /// <summary>The most recent of <paramref name="userId"/>'s submissions to <paramref name="problem"/> (runs too), newest first, with their code.</summary>
    public static async Task<IReadOnlyList<PastSubmission>> MineAsync(AppDbContext db, string userId, string problem, int take, CancellationToken ct) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Problem == problem)
            .OrderByDescending(s => s.CreatedAt)
            .Take(take)
            .Select(s => new PastSubmission(s.Id, s.Language, s.Mode == JudgeMode.Run ? "run" : "submit", s.Status.ToString().ToLowerInvariant(), s.Verdict, s.CreatedAt, s.Code))
            .ToListAsync(ct);

    /// <summary>
    /// An account's practice in figures: solved per difficulty and per tag, acceptance, the days it practised
    /// (the last <paramref name="weeks"/> weeks, and the streak up to <paramref name="today"/>), time to solve each
    /// solved problem, and the weakest tags with the next problem to try in each.
    /// </summary>
    public static async Task<PracticeStats> StatsAsync(AppDbContext db, string userId, CatalogSnapshot catalog, DateOnly today, int weeks, CancellationToken ct)
    {
        var mine = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Select(s => new { s.Problem, s.Mode, s.Verdict, s.CreatedAt })
            .ToListAsync(ct);
        var submits = mine.Where(s => s.Mode == JudgeMode.Submit).ToList();
        var accepted = submits.Where(s => s.Verdict == Verdict.Accepted).ToList();
        // Concept answers count as practice too: solved with full marks.
        var answers = (await db.Set<ConceptAttempt>().AsNoTracking()
                .Where(a => a.UserId == userId)
                .Select(a => new { a.Problem, a.Score, a.MaxScore, a.At })
                .ToListAsync(ct))
            .Select(a => new { a.Problem, Full = a.Score >= a.MaxScore, At = a.At.UtcDateTime })
            .ToList();
        var solvedAt = accepted.Select(s => (s.Problem, At: s.CreatedAt))
            .Concat(answers.Where(a => a.Full).Select(a => (a.Problem, a.At)))
            .GroupBy(s => s.Problem)
            .ToDictionary(g => g.Key, g => g.Min(s => s.At));
        var problems = catalog.Problems.Values.ToList();
        bool Solved(Problem p) => solvedAt.ContainsKey(p.Slug);

        var byDifficulty = Enum.GetValues<Difficulty>()
            .Select(d => new Tally(d.ToString(), problems.Count(p => p.Difficulty == d && Solved(p)), problems.Count(p => p.Difficulty == d)))
            .ToList();
        var byTag = problems.SelectMany(p => p.Tags.Select(t => (Tag: t, Problem: p)))
            .GroupBy(x => x.Tag)
            .Select(g => new Tally(g.Key, g.Count(x => Solved(x.Problem)), g.Count()))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        // The weakest tags: the lowest share solved among tags with something left, each with its easiest unsolved problem.
        var weakest = byTag.Where(t => t.Solved < t.Total)
            .OrderBy(t => (double)t.Solved / t.Total).ThenByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(t => new WeakTag(t.Name, t.Solved, t.Total, problems
                .Where(p => p.Tags.Contains(t.Name) && !Solved(p))
                .OrderBy(p => p.Difficulty).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                .First().Slug))
            .ToList();

        var tries = mine.Select(s => (s.Problem, At: s.CreatedAt)).Concat(answers.Select(a => (a.Problem, a.At))).ToList();
        var days = tries.GroupBy(s => DateOnly.FromDateTime(s.At)).ToDictionary(g => g.Key, g => g.Count());
        var first = today.AddDays(-(weeks * 7 - 1));
        var calendar = Enumerable.Range(0, weeks * 7).Select(i => first.AddDays(i)).Select(d => new PracticeDay(d, days.GetValueOrDefault(d))).ToList();
        var streak = 0;
        // A streak is unbroken while today has no practice yet: it counts up to yesterday then.
        for (var day = days.ContainsKey(today) ? today : today.AddDays(-1); days.ContainsKey(day); day = day.AddDays(-1))
        {
            streak++;
        }
        var firstTry = tries.GroupBy(s => s.Problem).ToDictionary(g => g.Key, g => g.Min(s => s.At));
        var timeToSolve = solvedAt
            .Select(kv => new SolveTime(kv.Key, kv.Value, Math.Round((kv.Value - firstTry[kv.Key]).TotalMinutes, 1)))
            .OrderBy(t => t.SolvedAt)
            .ToList();
        return new PracticeStats(
            solvedAt.Count, problems.Count, submits.Count, accepted.Count,
            submits.Count == 0 ? null : Math.Round(100.0 * accepted.Count / submits.Count, 1),
            byDifficulty, byTag, weakest, calendar, streak, timeToSolve);
    }

    /// <summary>Each problem <paramref name="userId"/> has tried, with where they stand (problems not in it are <see cref="ProblemStatus.New"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, ProblemStatus>> StatusesAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var tried = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .GroupBy(s => s.Problem)
            .Select(g => new { Problem = g.Key, Solved = g.Any(s => s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted) })
            .ToListAsync(ct);
        // Concept problems: solved with full marks.
        var answered = await db.Set<ConceptAttempt>().AsNoTracking()
            .Where(a => a.UserId == userId)
            .GroupBy(a => a.Problem)
            .Select(g => new { Problem = g.Key, Solved = g.Any(a => a.Score >= a.MaxScore) })
            .ToListAsync(ct);
        return tried.Concat(answered)
            .GroupBy(t => t.Problem)
            .ToDictionary(g => g.Key, g => g.Any(t => t.Solved) ? ProblemStatus.Solved : ProblemStatus.Attempted);
    }
}

/// <summary>One of your past submissions to a problem: what you sent and what the judge said.</summary>
/// <param name="Mode"><c>run</c> (samples) or <c>submit</c> (hidden tests).</param>
/// <param name="Status"><c>queued</c>, <c>running</c> or <c>done</c>.</param>
public sealed record PastSubmission(Guid Id, string Language, string Mode, string Status, Verdict? Verdict, DateTime CreatedAt, string Code);

/// <summary>How many of a group of problems are solved.</summary>
public sealed record Tally(string Name, int Solved, int Total);

/// <summary>A tag with little solved, and the next problem to try in it.</summary>
public sealed record WeakTag(string Tag, int Solved, int Total, string Next);

/// <summary>A day of the practice calendar and how many runs, submissions and graded answers it saw.</summary>
public sealed record PracticeDay(DateOnly Day, int Count);

/// <summary>A solved problem: when, and how long after the first try (minutes).</summary>
public sealed record SolveTime(string Problem, DateTime SolvedAt, double Minutes);

/// <summary>An account's practice in figures (<see cref="Progress.StatsAsync"/>).</summary>
/// <param name="AcceptancePercent">Accepted submissions per submission (runs left out); null before the first.</param>
public sealed record PracticeStats(
    int Solved, int Problems, int Submissions, int Accepted, double? AcceptancePercent,
    IReadOnlyList<Tally> ByDifficulty, IReadOnlyList<Tally> ByTag, IReadOnlyList<WeakTag> Weakest,
    IReadOnlyList<PracticeDay> Calendar, int Streak, IReadOnlyList<SolveTime> TimeToSolve);
