using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InterviewPractice.Web.Problems;

/// <summary>The catalog over HTTP: list, detail, concept grading.</summary>
public static class ProblemsApi
{
    public static IEndpointRouteBuilder MapProblems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/problems").WithTags("Problems");
        group.MapGet("/", List).WithSummary("Lists problems, filtered by kind, difficulty, tag and text.");
        group.MapGet("/{slug}", Get).WithSummary("A problem's statement, starter code, samples and limits.");
        group.MapPost("/{slug}/answers", Grade).WithSummary("Grades the answers to a concept problem, part by part.");
        // Where statements point their figures (a page path, beside the problem's page).
        app.MapGet("/problems/{slug}/figures/{name}", Figure).WithTags("Problems").WithSummary("An image of a problem's statement, editorial or explanations.");
        return app;
    }

    // From memory, only names the loader read from figures/: nothing else of the folder can be asked for. An SVG
    // opened on its own runs no script (the sandbox policy), and no file is taken for another type (nosniff).
    private static Results<FileContentHttpResult, NotFound> Figure(ProblemCatalog catalog, string slug, string name, HttpContext http)
    {
        if (!catalog.Current.Problems.TryGetValue(slug, out var problem) || !problem.Figures.TryGetValue(name, out var bytes))
        {
            return TypedResults.NotFound();
        }
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        headers.CacheControl = "public, max-age=300";
        return TypedResults.File(bytes, InterviewPractice.Problems.Loading.ProblemLoader.FigureTypes[Path.GetExtension(name)]);
    }

    internal static IEnumerable<Problem> Filter(IEnumerable<Problem> problems, string? kind, string? difficulty, string? tag, string? q) =>
        problems.Where(p =>
            (string.IsNullOrEmpty(kind) || ProblemViews.Lower(p.Kind) == kind.ToLowerInvariant())
            && (string.IsNullOrEmpty(difficulty) || ProblemViews.Lower(p.Difficulty) == difficulty.ToLowerInvariant())
            && (string.IsNullOrEmpty(tag) || p.Tags.Contains(tag.ToLowerInvariant()))
            && (string.IsNullOrWhiteSpace(q)
                || p.Title.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)
                || p.Slug.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)
                || p.Tags.Any(t => t.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))));

    private static Ok<ProblemSummary[]> List(ProblemCatalog catalog, string? kind, string? difficulty, string? tag, string? q) =>
        TypedResults.Ok(Filter(catalog.Current.Problems.Values, kind, difficulty, tag, q).Select(ProblemViews.Summary).ToArray());

    private static Results<Ok<ProblemView>, ProblemHttpResult> Get(ProblemCatalog catalog, string slug) =>
        catalog.Current.Problems.TryGetValue(slug, out var problem)
            ? TypedResults.Ok(ProblemViews.View(problem))
            : UnknownProblem(slug);

    private static async Task<Results<Ok<ConceptGrade>, ProblemHttpResult>> Grade(
        ProblemCatalog catalog, string slug, AnswersRequest request, HttpContext http, Data.AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!catalog.Current.Problems.TryGetValue(slug, out var problem))
        {
            return UnknownProblem(slug);
        }
        if (problem.AnswerKey is null)
        {
            return TypedResults.Problem(
                title: "Not a concept problem",
                detail: $"'{slug}' is a coding problem: submit code to /api/submissions instead.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        if (request.Answers is null)
        {
            return TypedResults.Problem(
                title: "No answers",
                detail: "Send {\"answers\": {\"<part id>\": <answer>, ...}}.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        if (request.Variant is < 1)
        {
            return TypedResults.Problem(
                title: "Bad variant",
                detail: $"'variant' is the number of the variant answered, 1 or more; got {request.Variant}.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        // A randomized problem's answers are graded against the variant the student saw (the default one, 1,
        // when the request does not say); a fixed problem ignores the variant.
        InterviewPractice.Problems.Concepts.AnswerKey key;
        try
        {
            key = problem.Variants is null ? problem.AnswerKey : problem.ForVariant(request.Variant ?? 1).AnswerKey!;
        }
        catch (InterviewPractice.Problems.Concepts.VariantException)
        {
            // Not the author's message: it may quote the answer key.
            return TypedResults.Problem(
                title: "Bad variant",
                detail: $"'{slug}' has no variant {request.Variant}: its variant script cannot make it. Variant 1 always exists.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        var grade = ConceptGrader.Grade(key, request.Answers);
        // Signed in, the score is kept (progress, history, assessments); a visitor's is not.
        if (Accounts.AccountsSetup.UserId(http.User) is { } user)
        {
            db.Add(new Submissions.ConceptAttempt { UserId = user, Problem = slug, Score = grade.Score, MaxScore = grade.MaxScore, At = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(grade);
    }

    internal static ProblemHttpResult UnknownProblem(string slug) => TypedResults.Problem(
        title: "Unknown problem",
        detail: $"There is no problem '{slug}'. GET /api/problems lists them.",
        statusCode: StatusCodes.Status404NotFound);
}
