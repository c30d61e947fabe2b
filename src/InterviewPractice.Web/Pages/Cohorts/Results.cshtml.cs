using System.Globalization;
using System.Text;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Cohorts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Cohorts;

/// <summary>
/// An assignment's results, for its cohort's instructor only: each student's standing per problem (solved,
/// attempts, time, concept score, late), their last submission's code on click, and the same as CSV.
/// </summary>
[Authorize]
public sealed class ResultsModel(CohortService cohorts) : PageModel
{
    public AssignmentResults Results { get; private set; } = null!;

    /// <summary>How many submissions the re-judge just queued.</summary>
    [TempData]
    public int? Requeued { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid assignment, CancellationToken ct)
    {
        if (await cohorts.ResultsAsync(assignment, AccountsSetup.UserId(User)!, ct) is not { } results || results.Cohort.Id != id)
        {
            return NotFound();
        }
        Results = results;
        return Page();
    }

    /// <summary>Judges again the accepted submissions that were judged against tests that have changed since.</summary>
    public async Task<IActionResult> OnPostRejudgeAsync(Guid id, Guid assignment, CancellationToken ct)
    {
        if (await cohorts.RejudgeAsync(assignment, AccountsSetup.UserId(User)!, ct) is not { } queued)
        {
            return NotFound();
        }
        Requeued = queued;
        return RedirectToPage(new { id, assignment });
    }

    /// <summary>The results as CSV: a row per student and problem.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, Guid assignment, CancellationToken ct)
    {
        if (await cohorts.ResultsAsync(assignment, AccountsSetup.UserId(User)!, ct) is not { } results || results.Cohort.Id != id)
        {
            return NotFound();
        }
        var csv = new StringBuilder("student,email,problem,solved,attempts,minutes,score,max_score,late\n");
        foreach (var row in results.Rows)
        {
            for (var i = 0; i < results.Problems.Count; i++)
            {
                var cell = row.Cells[i];
                csv.AppendLine(string.Join(',', Csv(row.Name), Csv(row.Email), results.Problems[i].Slug, cell.Solved ? "yes" : "no",
                    cell.Attempts.ToString(CultureInfo.InvariantCulture), Number(cell.Minutes), Number(cell.Score), Number(cell.MaxScore), cell.Late ? "yes" : "no"));
            }
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"{results.Assignment.Set}-results.csv");
    }

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    // RFC 4180 quoting, and no cell a spreadsheet would read as a formula.
    private static string Csv(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
