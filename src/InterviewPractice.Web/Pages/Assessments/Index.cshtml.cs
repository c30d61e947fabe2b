using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Assessments;

/// <summary>Your mock assessments, and starting one.</summary>
[Authorize]
public sealed class IndexModel(AssessmentService assessments) : PageModel
{
    public IReadOnlyList<AssessmentPlan> Plans { get; private set; } = [];

    public IReadOnlyList<Assessment> Mine { get; private set; } = [];

    [BindProperty]
    public string Plan { get; set; } = "phone-screen";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Plans = assessments.Plans();
        Mine = await assessments.ListAsync(AccountsSetup.UserId(User)!, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (started, error) = await assessments.StartAsync(AccountsSetup.UserId(User)!, Plan, ct);
        if (started is null)
        {
            ModelState.AddModelError(nameof(Plan), error!);
            await OnGetAsync(ct);
            return Page();
        }
        return RedirectToPage("/Assessments/Details", new { id = started.Id });
    }
}
