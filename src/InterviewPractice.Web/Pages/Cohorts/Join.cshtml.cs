using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Cohorts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Cohorts;

/// <summary>A cohort's invite link: says which cohort, and joins it (signed in; the log-in comes back here).</summary>
[Authorize]
public sealed class JoinModel(CohortService cohorts) : PageModel
{
    public string? CohortName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        CohortName = (await cohorts.ByInviteAsync(token, ct))?.Name;
        return CohortName is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct) =>
        await cohorts.JoinAsync(token, AccountsSetup.UserId(User)!, ct) is null ? NotFound() : RedirectToPage("/Cohorts/Index");
}
