using InterviewPractice.Problems;

namespace InterviewPractice.Web.Hosting;

/// <summary>The liveness and content health of the server.</summary>
public static class HealthApi
{
    public sealed record Health(string Status, int Problems, int Sets, int BrokenProblems);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Broken content does not make the server unhealthy: it serves everything else. It is reported.
        app.MapGet("/health", (ProblemCatalog catalog) =>
        {
            var snapshot = catalog.Current;
            return TypedResults.Ok(new Health("ok", snapshot.Problems.Count, snapshot.Sets.Count, snapshot.Errors.Count));
        }).WithTags("Health").WithSummary("Whether the server is up, and how much content it serves.");
        return app;
    }
}
