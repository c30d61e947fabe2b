using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Cohorts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Cohorts;

/// <summary>One cohort, for its instructor: the invite link, the students, the assignments and giving a new one.</summary>
[Authorize]
public sealed class DetailsModel(CohortService cohorts, InterviewPractice.Problems.ProblemCatalog catalog, TimeProvider clock) : PageModel
{
    public Cohort Cohort { get; private set; } = null!;

    public IReadOnlyList<AppUser> Members { get; private set; } = [];

    public IReadOnlyList<CohortAssignment> Assignments { get; private set; } = [];

    /// <summary>The invite link, right after it was made (only its hash is kept).</summary>
    public string? InviteUrl { get; private set; }

    public IReadOnlyList<InterviewPractice.Problems.ProblemSet> Sets => [.. catalog.Current.Sets.Values.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];

    [BindProperty]
    public string Set { get; set; } = "";

    [BindProperty]
    public DateTime Deadline { get; set; }

    /// <summary>Minutes for a timed assignment; empty for an untimed one.</summary>
    [BindProperty]
    public int? Minutes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await cohorts.OwnedAsync(id, AccountsSetup.UserId(User)!, ct) is not { } owned)
        {
            return NotFound();
        }
        (Cohort, Members, Assignments) = owned;
        if (TempData["Invite"] is string token)
        {
            InviteUrl = $"{Request.Scheme}://{Request.Host}/cohorts/join/{token}";
        }
        if (Deadline == default)
        {
            Deadline = clock.GetUtcNow().UtcDateTime.Date.AddDays(8).AddHours(-1);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct)
    {
        var error = await cohorts.AssignAsync(id, AccountsSetup.UserId(User)!, Set, new DateTimeOffset(DateTime.SpecifyKind(Deadline, DateTimeKind.Utc)), Minutes, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Set), error);
            return await OnGetAsync(id, ct);
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        if (await cohorts.NewInviteAsync(id, AccountsSetup.UserId(User)!, ct) is not { } token)
        {
            return NotFound();
        }
        TempData["Invite"] = token;
        return RedirectToPage(new { id });
    }
}
