using InterviewPractice.Problems;
using InterviewPractice.Web.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Problems;

/// <summary>The catalog, filtered by the same rules as <c>GET /api/problems</c>.</summary>
public sealed class IndexModel(ProblemCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Difficulty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ProblemSummary> Problems { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<ProblemKind>().Select(ProblemViews.Lower)];

    public static IReadOnlyList<string> Difficulties { get; } = [.. Enum.GetValues<InterviewPractice.Problems.Difficulty>().Select(ProblemViews.Lower)];

    public bool IsFiltered =>
        !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Difficulty) || !string.IsNullOrEmpty(Tag) || !string.IsNullOrWhiteSpace(Q);

    public void OnGet()
    {
        var snapshot = catalog.Current;
        var all = snapshot.Problems.Values;
        Total = snapshot.Problems.Count;
        Tags = [.. all.SelectMany(p => p.Tags).Distinct().Order(StringComparer.Ordinal)];
        // Easiest first, as a study order; the title breaks ties so the order is stable across reloads.
        Problems = [.. ProblemsApi.Filter(all, Kind, Difficulty, Tag, Q)
            .OrderBy(p => p.Difficulty)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(ProblemViews.Summary)];
    }
}
