using InterviewPractice.Judging;
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

    /// <summary>Each problem <paramref name="userId"/> has tried, with where they stand (problems not in it are <see cref="ProblemStatus.New"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, ProblemStatus>> StatusesAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var tried = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .GroupBy(s => s.Problem)
            .Select(g => new { Problem = g.Key, Solved = g.Any(s => s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted) })
            .ToListAsync(ct);
        return tried.ToDictionary(t => t.Problem, t => t.Solved ? ProblemStatus.Solved : ProblemStatus.Attempted);
    }
}

/// <summary>One of your past submissions to a problem: what you sent and what the judge said.</summary>
/// <param name="Mode"><c>run</c> (samples) or <c>submit</c> (hidden tests).</param>
/// <param name="Status"><c>queued</c>, <c>running</c> or <c>done</c>.</param>
public sealed record PastSubmission(Guid Id, string Language, string Mode, string Status, Verdict? Verdict, DateTime CreatedAt, string Code);
