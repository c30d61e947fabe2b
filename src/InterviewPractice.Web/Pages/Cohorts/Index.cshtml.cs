using System.ComponentModel.DataAnnotations;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Assessments;
using InterviewPractice.Web.Cohorts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Cohorts;

/// <summary>Cohorts: an instructor's own (and making one); a student's assignments in the cohorts they joined.</summary>
[Authorize]
public sealed class IndexModel(CohortService cohorts, AssessmentService assessments, TimeProvider clock) : PageModel
{
    public bool Instructor => User.IsInRole(AccountRoles.Instructor) || User.IsInRole(AccountRoles.Admin);

    public IReadOnlyList<CohortSummary> Mine { get; private set; } = [];

    public IReadOnlyList<StudentAssignment> Assignments { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    [BindProperty, Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccountsSetup.UserId(User)!;
        Mine = Instructor ? await cohorts.OfInstructorAsync(user, ct) : [];
        Assignments = await cohorts.OfStudentAsync(user, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Instructor)
        {
            // A plain 403 (Forbid would send a signed-in student to the log-in page).
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        var (cohort, token) = await cohorts.CreateAsync(AccountsSetup.UserId(User)!, Name, ct);
        TempData["Invite"] = token;
        return RedirectToPage("/Cohorts/Details", new { id = cohort.Id });
    }

    /// <summary>Starts the student's one attempt at a timed assignment (or opens it, if started).</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid assignment, CancellationToken ct)
    {
        var (started, error) = await assessments.StartAssignmentAsync(AccountsSetup.UserId(User)!, assignment, ct);
        if (started is null)
        {
            ModelState.AddModelError("", error!);
            await OnGetAsync(ct);
            return Page();
        }
        return RedirectToPage("/Assessments/Details", new { id = started.Id });
    }
}
