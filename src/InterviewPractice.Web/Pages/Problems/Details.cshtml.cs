using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!catalog.Current.Problems.TryGetValue(slug, out var problem))
        {
            return this.NotFoundPage(new NotFoundView(
                "Problem not found",
                $"There is no problem called “{slug}”. It may have been renamed or removed.",
                "/Problems/Index",
                "Browse all problems"));
        }
        Problem = ProblemViews.View(problem);
        if (AccountsSetup.UserId(User) is { } user)
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
}
