using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// One try at a problem: a coding submission or run, or a graded concept answer.
/// </summary>
/// <param name="Submission">The coding submission (null for a concept answer).</param>
/// <param name="Counts">An attempt: a submit or a graded answer (runs only start the clock).</param>
/// <param name="Solved">Accepted on the hidden tests, or full marks.</param>
/// <param name="Client">The client a coding submission was queued under (an assessment's end-of-time ones have their own).</param>
public sealed record Try(Guid? Submission, string UserId, string Problem, DateTimeOffset At, bool Counts, bool Solved, Verdict? Verdict, double? Score, double? MaxScore, string? Client);

/// <summary>Where one student stands on one problem, from their tries (<see cref="Standings.Read"/>).</summary>
/// <param name="Attempts">Submits and graded answers.</param>
/// <param name="SolvedAt">The first accepted submission or full-marks answer.</param>
/// <param name="Score">A concept problem's best score out of <paramref name="MaxScore"/>.</param>
/// <param name="LastSubmission">The latest coding submit (or run, when there is no submit).</param>
/// <param name="LastVerdict">The latest coding submit's verdict.</param>
public sealed record Standing(
    bool Solved, int Attempts, DateTimeOffset? FirstTry, DateTimeOffset? SolvedAt, double? Score, double? MaxScore, Guid? LastSubmission, Verdict? LastVerdict);

/// <summary>
/// The tries of some students at some problems, read once; and the one reading of tries into a
/// <see cref="Standing"/>, shared by assessment reports and cohort results.
/// </summary>
public sealed class Standings
{
    private readonly ILookup<(string User, string Problem), Try> _tries;

    private Standings(IEnumerable<Try> tries) => _tries = tries.ToLookup(t => (t.UserId, t.Problem));

    /// <summary>Every try of <paramref name="users"/> at <paramref name="problems"/>.</summary>
    public static async Task<Standings> LoadAsync(AppDbContext db, IReadOnlyCollection<string> users, IReadOnlyCollection<string> problems, CancellationToken ct)
    {
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId != null && users.Contains(s.UserId) && problems.Contains(s.Problem))
            .Select(s => new { s.Id, UserId = s.UserId!, s.Problem, s.Mode, s.Verdict, s.CreatedAt, s.ClientId })
            .ToListAsync(ct);
        var answers = await db.Set<ConceptAttempt>().AsNoTracking()
            .Where(a => users.Contains(a.UserId) && problems.Contains(a.Problem))
            .ToListAsync(ct);
        return new(submissions
            .Select(s => new Try(s.Id, s.UserId, s.Problem, new DateTimeOffset(s.CreatedAt, TimeSpan.Zero), s.Mode == JudgeMode.Submit,
                s.Mode == JudgeMode.Submit && s.Verdict == Verdict.Accepted, s.Mode == JudgeMode.Submit ? s.Verdict : null, null, null, s.ClientId))
            .Concat(answers.Select(a => new Try(null, a.UserId, a.Problem, a.At, true, a.Solved, null, a.Score, a.MaxScore, null))));
    }

    /// <summary><paramref name="user"/>'s tries at <paramref name="problem"/>, oldest first.</summary>
    public IEnumerable<Try> Of(string user, string problem) => _tries[(user, problem)].OrderBy(t => t.At);

    /// <summary>Reads tries (oldest first, already narrowed to the window that counts) into a standing.</summary>
    public static Standing Read(IEnumerable<Try> tries)
    {
        var list = tries as IReadOnlyList<Try> ?? [.. tries];
        var solved = list.FirstOrDefault(t => t.Solved);
        var best = list.Where(t => t.Score is not null).MaxBy(t => t.Score);
        var lastSubmit = list.LastOrDefault(t => t.Submission is not null && t.Counts);
        return new Standing(
            solved is not null, list.Count(t => t.Counts), list.Count == 0 ? null : list[0].At, solved?.At, best?.Score, best?.MaxScore,
            (lastSubmit ?? list.LastOrDefault(t => t.Submission is not null))?.Submission, lastSubmit?.Verdict);
    }
}
