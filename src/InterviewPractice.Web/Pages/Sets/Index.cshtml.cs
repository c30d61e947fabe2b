using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Sets;

/// <summary>Every problem set, with how many problems each holds; signed in, how many of them you solved.</summary>
public sealed class IndexModel(ProblemCatalog catalog, AppDbContext db) : PageModel
{
    public IReadOnlyList<ProblemSetView> Sets { get; private set; } = [];

    /// <summary>The signed-in visitor's standing per problem; null without an account.</summary>
    public IReadOnlyDictionary<string, ProblemStatus>? Statuses { get; private set; }

    /// <summary>How many of <paramref name="set"/>'s problems the signed-in visitor solved.</summary>
    public int Solved(ProblemSetView set) => set.Problems.Count(p => Statuses?.GetValueOrDefault(p.Slug) == ProblemStatus.Solved);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = catalog.Current;
        Sets = [.. snapshot.Sets.Values.Select(s => SetsApi.View(snapshot, s)).OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];
        if (AccountsSetup.UserId(User) is { } user)
        {
            Statuses = await Progress.StatusesAsync(db, user, ct);
        }
    }
}
