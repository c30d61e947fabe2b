using InterviewPractice.Problems;
using InterviewPractice.Web.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Problems;

/// <summary>A problem's statement with its starter code (code problems) or its answer form (concept problems).</summary>
public sealed class DetailsModel(ProblemCatalog catalog) : PageModel
{
    /// <summary>Only the public projection: the page never sees hidden cases, solutions or the answer key.</summary>
    public ProblemView Problem { get; private set; } = null!;

    public IActionResult OnGet(string slug)
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
        return Page();
    }
}
