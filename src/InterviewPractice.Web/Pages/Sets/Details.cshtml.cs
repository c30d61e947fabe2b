using InterviewPractice.Problems;
using InterviewPractice.Web.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Sets;

/// <summary>One problem set: its problems in the author's order.</summary>
public sealed class DetailsModel(ProblemCatalog catalog) : PageModel
{
    public ProblemSetView Set { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var snapshot = catalog.Current;
        if (!snapshot.Sets.TryGetValue(slug, out var set))
        {
            return this.NotFoundPage(new NotFoundView(
                "Problem set not found",
                $"There is no problem set called “{slug}”.",
                "/Sets/Index",
                "Browse all sets"));
        }
        Set = SetsApi.View(snapshot, set);
        return Page();
    }
}
