using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages;

/// <summary>The home page is the catalog; one URL per page keeps links and history simple.</summary>
public sealed class IndexModel : PageModel
{
    public RedirectToPageResult OnGet() => RedirectToPage("/Problems/Index");
}
