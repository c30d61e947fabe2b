using InterviewPractice.Problems;
using InterviewPractice.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Rooms;

/// <summary>
/// Starting a mock interview: pick the problem (and a second: the interviewer's next, or a peer room's round 2;
/// the server picks one for a peer room if none is chosen) or a problem set, the length and the mode; get one
/// invite link per role.
/// </summary>
public sealed class NewModel(ProblemCatalog catalog, RoomService rooms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Problem { get; set; }

    /// <summary>An optional second problem.</summary>
    [BindProperty]
    public string? Second { get; set; }

    /// <summary>A problem set instead of single problems.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Set { get; set; }

    [BindProperty]
    public int Minutes { get; set; } = 45;

    [BindProperty]
    public RoomMode Mode { get; set; } = RoomMode.Interviewer;

    /// <summary>The problems to choose from, by title.</summary>
    public IReadOnlyList<Problem> Problems => [.. catalog.Current.Problems.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The problem sets to choose from, by title.</summary>
    public IReadOnlyList<ProblemSet> Sets => [.. catalog.Current.Sets.Values.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The room made by the post, with its links.</summary>
    public CreatedRoom? Created { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Minutes is < 5 or > 180)
        {
            ModelState.AddModelError(nameof(Minutes), "An interview lasts 5 to 180 minutes.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var origin = $"{Request.Scheme}://{Request.Host}";
        var request = string.IsNullOrWhiteSpace(Set)
            ? new CreateRoomRequest(Problem, Minutes, Mode, string.IsNullOrWhiteSpace(Second) || Second == Problem ? null : [Problem ?? "", Second])
            : new CreateRoomRequest(null, Minutes, Mode, Set: Set);
        var (created, error) = await rooms.CreateAsync(request, token => $"{origin}/rooms/join#{token}", Accounts.AccountsSetup.UserId(User), ct);
        if (error is not null)
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Set) ? nameof(Problem) : nameof(Set), error);
        }
        Created = created;
        return Page();
    }
}
