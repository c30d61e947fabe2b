using InterviewPractice.Judging;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;

namespace InterviewPractice.Web.Hosting;

/// <summary>The liveness and content health of the server.</summary>
public static class HealthApi
{
    /// <param name="Status">"ok", or "degraded" while the judge cannot run submissions or a part of it is below target.</param>
    public sealed record Health(string Status, int Problems, int Sets, int BrokenProblems, JudgeHealth Judge);

    /// <summary>Whether submissions can be judged now, what is wrong, and how many warm runners wait per language.</summary>
    /// <param name="Faults">Each part below its target (workers, runners per language, compilers) and why.</param>
    public sealed record JudgeHealth(
        bool Ready,
        string? Problem,
        IReadOnlyDictionary<string, string> Faults,
        IReadOnlyDictionary<string, int> WarmRunners,
        IReadOnlyDictionary<string, int> WarmTarget);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Broken content does not make the server unhealthy: it serves everything else. It is reported. A judge
        // that cannot judge, or limps, makes it "degraded", with the reason, until it recovers.
        app.MapGet("/health", (ProblemCatalog catalog, JudgeStatus judge, SandboxPool pool) =>
        {
            var snapshot = catalog.Current;
            var warm = Languages.All.ToDictionary(l => l.Id(), pool.IdleCount);
            var target = Languages.All.ToDictionary(l => l.Id(), pool.Target);
            var faults = new SortedDictionary<string, string>(judge.Faults.ToDictionary());
            return TypedResults.Ok(new Health(judge.Health, snapshot.Problems.Count, snapshot.Sets.Count, snapshot.Errors.Count,
                new JudgeHealth(judge.Ready, judge.Problem, faults, warm, target)));
        }).WithTags("Health").WithSummary("Whether the server is up and judging, what limps and why, and how much content it serves.");
        return app;
    }
}
