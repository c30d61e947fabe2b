using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Pages.Problems;

/// <summary>
/// A problem's statement with its starter code (code problems) or its answer form (concept problems); signed in,
/// your past submissions to it, with their code and verdicts.
/// </summary>
public sealed class DetailsModel(ProblemCatalog catalog, AppDbContext db) : PageModel
{
    /// <summary>Only the public projection: the page never sees hidden cases, solutions or the answer key.</summary>
    public ProblemView Problem { get; private set; } = null!;

    /// <summary>The signed-in visitor's latest submissions to this problem; null without an account.</summary>
    public IReadOnlyList<PastSubmission>? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? variant, CancellationToken ct)
    {
        if (!catalog.Current.Problems.TryGetValue(slug, out var problem))
        {
            return this.NotFoundPage(new NotFoundView(
                "Problem not found",
                $"There is no problem called “{slug}”. It may have been renamed or removed.",
                "/Problems/Index",
                "Browse all problems"));
        }
        var user = AccountsSetup.UserId(User);
        Problem = ProblemViews.View(problem, problem.Variants is null ? null : variant is > 0 ? variant : await NextVariantAsync(user, slug, ct));
        if (user is not null)
        {
            Mine = await Progress.MineAsync(db, user, slug, 20, ct);
            if (problem.Kind == ProblemKind.Code)
            {
                ViewData["Drafts"] = System.Text.Json.JsonSerializer.Serialize(
                    await Drafts.DraftsApi.OfAsync(db, user, slug, ct), System.Text.Json.JsonSerializerOptions.Web);
            }
        }
        return Page();
    }

    /// <summary>The variant of a randomized problem a student answers next: with an account, one per attempt
    /// (the same until they check their answers, then another), drawn from their id and attempt count so every
    /// student gets their own numbers; for a visitor, a random one. The page links to it, so it can be reloaded.</summary>
    private async Task<int> NextVariantAsync(string? user, string slug, CancellationToken ct)
    {
        if (user is not { } id)
        {
            return Random.Shared.Next(1, int.MaxValue);
        }
        var attempts = await db.Set<ConceptAttempt>().CountAsync(a => a.UserId == id && a.Problem == slug, ct);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"variant\0{id}\0{slug}\0{attempts}"));
        return (int)(BitConverter.ToUInt32(hash) % (int.MaxValue - 1)) + 1;
    }
}
