using InterviewPractice.Problems;
using InterviewPractice.Web.Problems;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Sets;

/// <summary>Every problem set, with how many problems each holds.</summary>
public sealed class IndexModel(ProblemCatalog catalog) : PageModel
{
    public IReadOnlyList<ProblemSetView> Sets { get; private set; } = [];

    public void OnGet()
    {
        var snapshot = catalog.Current;
        Sets = [.. snapshot.Sets.Values.Select(s => SetsApi.View(snapshot, s)).OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];
    }
}
