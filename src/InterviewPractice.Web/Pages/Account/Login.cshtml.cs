using System.ComponentModel.DataAnnotations;
using InterviewPractice.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Account;

/// <summary>
/// Logging in. Attempts are throttled per address (<see cref="LoginThrottle"/>) and an account locks after
/// repeated failures; the page says which, without telling whether an e-mail has an account.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, LoginThrottle throttle) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty, Display(Name = "Stay logged in")]
    public bool Remember { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryAttempt(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", "Too many log-in attempts from here: wait a minute, then try again.");
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after too many failed log-ins: try again in a quarter of an hour."
            : "That e-mail and password do not match an account.");
        return Page();
    }
}
