using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Cohorts;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Cohorts;

/// <summary>A cohort student's submission, its code and verdict: for the cohort's instructor only.</summary>
[Authorize]
public sealed class CodeModel(CohortService cohorts) : PageModel
{
    public Submission Submission { get; private set; } = null!;

    public Guid CohortId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid submission, CancellationToken ct)
    {
        if (await cohorts.SubmissionAsync(id, submission, AccountsSetup.UserId(User)!, ct) is not { } found)
        {
            return NotFound();
        }
        (Submission, CohortId) = (found, id);
        return Page();
    }
}
