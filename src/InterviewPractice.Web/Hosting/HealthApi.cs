using InterviewPractice.Judging;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;

namespace InterviewPractice.Web.Hosting;

/// <summary>The liveness and content health of the server.</summary>
public static class HealthApi
{
    public sealed record Health(string Status, int Problems, int Sets, int BrokenProblems, JudgeHealth Judge);

    /// <summary>Whether submissions can be judged now, why not, and how many warm runners wait per language.</summary>
    public sealed record JudgeHealth(bool Ready, string? Problem, IReadOnlyDictionary<string, int> WarmRunners);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Broken content does not make the server unhealthy: it serves everything else. It is reported.
        app.MapGet("/health", (ProblemCatalog catalog, JudgeStatus judge, SandboxPool pool) =>
        {
            var snapshot = catalog.Current;
            var warm = Languages.All.ToDictionary(l => l.Id(), pool.IdleCount);
            return TypedResults.Ok(new Health("ok", snapshot.Problems.Count, snapshot.Sets.Count, snapshot.Errors.Count, new JudgeHealth(judge.Ready, judge.Problem, warm)));
        }).WithTags("Health").WithSummary("Whether the server is up, and how much content it serves.");
        return app;
    }
}
