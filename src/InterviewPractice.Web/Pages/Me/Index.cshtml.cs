using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Me;

/// <summary>Your practice: solved per difficulty and tag, acceptance, streak and calendar, time to solve, what to try next.</summary>
[Authorize]
public sealed class IndexModel(ProblemCatalog catalog, AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The calendar's length.</summary>
    public const int Weeks = 12;

    public PracticeStats Stats { get; private set; } = null!;

    /// <summary>Problem titles by slug, for the links.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = catalog.Current;
        Titles = snapshot.Problems.Values.ToDictionary(p => p.Slug, p => p.Title);
        Stats = await Progress.StatsAsync(db, AccountsSetup.UserId(User)!, snapshot, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Weeks, ct);
    }
}
