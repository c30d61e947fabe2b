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
