using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Sets;

/// <summary>One problem set: its problems in the author's order; signed in, your standing on each.</summary>
public sealed class DetailsModel(ProblemCatalog catalog, AppDbContext db) : PageModel
{
    public ProblemSetView Set { get; private set; } = null!;

    /// <summary>The signed-in visitor's standing per problem; null without an account.</summary>
    public IReadOnlyDictionary<string, ProblemStatus>? Statuses { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
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
        if (AccountsSetup.UserId(User) is { } user)
        {
            Statuses = await Progress.StatusesAsync(db, user, ct);
        }
        return Page();
    }
}
