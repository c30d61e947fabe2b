using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Assessments;

/// <summary>One mock assessment: running, its problems and the server's countdown; finished, its report. The owner's only.</summary>
[Authorize]
public sealed class DetailsModel(AssessmentService assessments, TimeProvider clock) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public bool Running => Report.Assessment.FinishedAt is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var assessment = await assessments.FindAsync(id, AccountsSetup.UserId(User)!, ct);
        if (assessment is null)
        {
            return NotFound();
        }
        Now = clock.GetUtcNow();
        // Past its end but not yet closed (this node was down at the moment): close it now.
        if (assessment.FinishedAt is null && Now >= assessment.EndsAt)
        {
            await assessments.FinishAsync(id, ct);
            assessment = (await assessments.FindAsync(id, AccountsSetup.UserId(User)!, ct))!;
        }
        Report = await assessments.ReportAsync(assessment, ct);
        return Page();
    }

    /// <summary>Finishing early: the same as the time running out.</summary>
    public async Task<IActionResult> OnPostFinishAsync(Guid id, CancellationToken ct)
    {
        if (await assessments.FindAsync(id, AccountsSetup.UserId(User)!, ct) is null)
        {
            return NotFound();
        }
        await assessments.FinishAsync(id, ct);
        return RedirectToPage(new { id });
    }
}
