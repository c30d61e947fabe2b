using System.Text;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Drafts;

/// <summary>A draft as the editor reads and writes it.</summary>
public sealed record DraftView(string Language, string Code, DateTimeOffset UpdatedAt);

/// <summary>Saving a draft: the code (code equal to the starter is not kept: send it and the draft is removed).</summary>
public sealed record DraftInput(string? Code);

/// <summary>Signed-in students' drafts over HTTP: <c>/api/me/drafts/{problem}</c>.</summary>
public static class DraftsApi
{
    public static IEndpointRouteBuilder MapDrafts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/drafts").WithTags("Drafts").RequireAuthorization();
        group.MapGet("/{problem}", ListAsync).WithSummary("Your drafts of a problem, one per language, with when each was saved.");
        group.MapPut("/{problem}/{language}", SaveAsync).WithSummary("Saves your draft of a problem in a language; the starter code itself removes it.");
        return app;
    }

    /// <summary>The signed-in user's drafts of <paramref name="problem"/> (the page renders them for the editor).</summary>
    public static async Task<IReadOnlyList<DraftView>> OfAsync(AppDbContext db, string userId, string problem, CancellationToken ct) =>
        await db.Set<Draft>().AsNoTracking()
            .Where(d => d.UserId == userId && d.Problem == problem)
            .Select(d => new DraftView(d.Language, d.Code, d.UpdatedAt))
            .ToListAsync(ct);

    private static async Task<Ok<IReadOnlyList<DraftView>>> ListAsync(string problem, HttpContext http, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await OfAsync(db, AccountsSetup.UserId(http.User)!, problem, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        string problem, string language, DraftInput input, HttpContext http, AppDbContext db, ProblemCatalog catalog,
        IOptions<SubmissionsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!catalog.Current.Problems.TryGetValue(problem, out var found) || found.Kind != ProblemKind.Code)
        {
            return TypedResults.Problem(title: "Unknown problem", detail: $"There is no coding problem '{problem}'.", statusCode: StatusCodes.Status404NotFound);
        }
        if (!Languages.TryParse(language, out var parsed) || !found.Languages.Contains(parsed))
        {
            return TypedResults.Problem(title: "Unsupported language", detail: $"'{language}' is not a language of '{problem}'.", statusCode: StatusCodes.Status400BadRequest);
        }
        var code = input.Code ?? "";
        if (Encoding.UTF8.GetByteCount(code) > options.Value.MaxCodeBytes)
        {
            return TypedResults.Problem(title: "Code too large", detail: $"A draft has at most {options.Value.MaxCodeBytes / 1024} KiB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var user = AccountsSetup.UserId(http.User)!;
        var id = parsed.Id();
        var draft = await db.Set<Draft>().SingleOrDefaultAsync(d => d.UserId == user && d.Problem == problem && d.Language == id, ct);
        var starter = found.StarterCode.GetValueOrDefault(parsed);
        if (code == starter || code.Length == 0)
        {
            if (draft is not null)
            {
                db.Remove(draft);
            }
        }
        else if (draft is null)
        {
            db.Add(new Draft { UserId = user, Problem = problem, Language = id, Code = code, UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            (draft.Code, draft.UpdatedAt) = (code, clock.GetUtcNow());
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two tabs saved the first draft at once: the other one's is there; the next save updates it.
        }
        return TypedResults.NoContent();
    }
}
