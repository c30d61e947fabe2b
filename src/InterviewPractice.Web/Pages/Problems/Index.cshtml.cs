using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Problems;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Problems;

/// <summary>
/// The catalog, filtered by the same rules as <c>GET /api/problems</c>; signed in, also by where you stand
/// (solved, tried, not yet solved), with your standing on each row.
/// </summary>
public sealed class IndexModel(ProblemCatalog catalog, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Difficulty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only the problems of this set (its slug).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Set { get; set; }

    /// <summary>The sets to filter by: slug and title.</summary>
    public IReadOnlyList<(string Slug, string Title)> Sets { get; private set; } = [];

    /// <summary><c>solved</c>, <c>attempted</c> (tried, not solved) or <c>unsolved</c> (not solved, tried or not): signed in only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>The signed-in visitor's standing per problem; null without an account.</summary>
    public IReadOnlyDictionary<string, ProblemStatus>? Statuses { get; private set; }

    public IReadOnlyList<ProblemSummary> Problems { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<ProblemKind>().Select(ProblemViews.Lower)];

    public static IReadOnlyList<string> Difficulties { get; } = [.. Enum.GetValues<InterviewPractice.Problems.Difficulty>().Select(ProblemViews.Lower)];

    public bool IsFiltered =>
        !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Difficulty) || !string.IsNullOrEmpty(Tag) || !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrEmpty(Set)
        || (Statuses is not null && !string.IsNullOrEmpty(Status));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = catalog.Current;
        var all = snapshot.Problems.Values;
        Total = snapshot.Problems.Count;
        Tags = [.. all.SelectMany(p => p.Tags).Distinct().Order(StringComparer.Ordinal)];
        Sets = [.. snapshot.Sets.Values.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase).Select(s => (s.Slug, s.Title))];
        var inSet = !string.IsNullOrEmpty(Set) && snapshot.Sets.TryGetValue(Set, out var set) ? set.Problems.ToHashSet() : null;
        if (AccountsSetup.UserId(User) is { } user)
        {
            Statuses = await Progress.StatusesAsync(db, user, ct);
        }
        var standing = (string slug) => Statuses?.GetValueOrDefault(slug) ?? ProblemStatus.New;
        // Easiest first, as a study order; the title breaks ties so the order is stable across reloads.
        Problems = [.. ProblemsApi.Filter(all, Kind, Difficulty, Tag, Q)
            .Where(p => string.IsNullOrEmpty(Set) || inSet?.Contains(p.Slug) == true)
            .Where(p => Statuses is null || Status?.ToLowerInvariant() switch
            {
                "solved" => standing(p.Slug) == ProblemStatus.Solved,
                "attempted" => standing(p.Slug) == ProblemStatus.Attempted,
                "unsolved" => standing(p.Slug) != ProblemStatus.Solved,
                _ => true,
            })
            .OrderBy(p => p.Difficulty)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(ProblemViews.Summary)];
    }
}
