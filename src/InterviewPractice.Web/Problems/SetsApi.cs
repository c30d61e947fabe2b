using InterviewPractice.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InterviewPractice.Web.Problems;

/// <summary>Problem sets over HTTP.</summary>
public static class SetsApi
{
    public static IEndpointRouteBuilder MapSets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sets").WithTags("Problem sets");
        group.MapGet("/", List).WithSummary("Lists problem sets.");
        group.MapGet("/{slug}", Get).WithSummary("A problem set with its problems in order.");
        return app;
    }

    private static Ok<ProblemSetView[]> List(ProblemCatalog catalog)
    {
        var snapshot = catalog.Current;
        return TypedResults.Ok(snapshot.Sets.Values.Select(s => View(snapshot, s)).ToArray());
    }

    private static Results<Ok<ProblemSetView>, ProblemHttpResult> Get(ProblemCatalog catalog, string slug)
    {
        var snapshot = catalog.Current;
        return snapshot.Sets.TryGetValue(slug, out var set)
            ? TypedResults.Ok(View(snapshot, set))
            : TypedResults.Problem(title: "Unknown problem set", detail: $"There is no set '{slug}'. GET /api/sets lists them.", statusCode: StatusCodes.Status404NotFound);
    }

    // A set can name a problem that has since broken or gone: it is left out rather than failing the set.
    internal static ProblemSetView View(CatalogSnapshot snapshot, ProblemSet set) => new(
        set.Slug,
        set.Title,
        set.Description,
        [.. set.Problems.Select(s => snapshot.Problems.GetValueOrDefault(s)).OfType<Problem>().Select(ProblemViews.Summary)]);
}
