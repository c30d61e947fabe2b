using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace InterviewPractice.Web.Pages;

/// <summary>What the shared not-found page says and where it sends the reader.</summary>
public sealed record NotFoundView(string Title, string Message, string BackPage, string BackLabel);

internal static class PageModelNotFound
{
    // A 404 with a real page (layout, navigation, a way back) rather than the status-code middleware's plain
    // text: people reach these URLs from old links and typos.
    public static PartialViewResult NotFoundPage(this PageModel page, NotFoundView view) => new()
    {
        ViewName = "_NotFound",
        ViewData = new ViewDataDictionary<NotFoundView>(page.ViewData, view),
        StatusCode = StatusCodes.Status404NotFound,
    };
}
