using System.ComponentModel.DataAnnotations;
using InterviewPractice.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Account;

/// <summary>Making an account (a student's): e-mail, name, password; signed in at once.</summary>
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty, Required, EmailAddress, StringLength(200)]
    public string Email { get; set; } = "";

    [BindProperty, Required, StringLength(60, MinimumLength = 1), Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = new AppUser { UserName = Email.Trim(), Email = Email.Trim(), DisplayName = DisplayName.Trim(), CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                // Identity says "Username ... is already taken" and "Email ... is already taken" for one e-mail: say it once.
                if (error.Code != nameof(IdentityErrorDescriber.DuplicateUserName))
                {
                    ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Email), error.Description);
                }
            }
            return Page();
        }
        await AccountsSetup.EnsureRoleAsync(HttpContext.RequestServices, AccountRoles.Student);
        await users.AddToRoleAsync(user, AccountRoles.Student);
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
