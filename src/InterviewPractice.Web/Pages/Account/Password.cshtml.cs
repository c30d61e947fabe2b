using System.ComponentModel.DataAnnotations;
using InterviewPractice.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterviewPractice.Web.Pages.Account;

/// <summary>Changing one's password: the current one, then the new one; other sessions stay signed in until their cookie is checked again.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty, Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string Current { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password), Display(Name = "New password")]
    public string New { get; set; } = "";

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Current) : nameof(New), error.Description);
            }
            return Page();
        }
        // The security stamp changed: this session gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
