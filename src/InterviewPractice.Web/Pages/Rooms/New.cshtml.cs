using InterviewPractice.Problems;
using InterviewPractice.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Rooms;

/// <summary>Starting a mock interview: pick the problem and the length, get one invite link per role.</summary>
public sealed class NewModel(ProblemCatalog catalog, RoomService rooms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Problem { get; set; }

    [BindProperty]
    public int Minutes { get; set; } = 45;

    [BindProperty]
    public RoomMode Mode { get; set; } = RoomMode.Interviewer;

    /// <summary>The problems to choose from, by title.</summary>
    public IReadOnlyList<Problem> Problems => [.. catalog.Current.Problems.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)];

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
        if (string.IsNullOrWhiteSpace(Problem) || !catalog.Current.Problems.ContainsKey(Problem))
        {
            ModelState.AddModelError(nameof(Problem), "Choose a problem from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var origin = $"{Request.Scheme}://{Request.Host}";
        Created = await rooms.CreateAsync(new CreateRoomRequest(Problem!, Minutes, Mode), token => $"{origin}/rooms/join#{token}", ct);
        return Page();
    }
}
