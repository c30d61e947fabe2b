using Microsoft.AspNetCore.Identity;

namespace InterviewPractice.Web.Accounts;

/// <summary>An account: ASP.NET Core Identity's user (e-mail as the user name), with the name shown on the site.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The name shown in rooms and to instructors.</summary>
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The roles an account can have.</summary>
public static class AccountRoles
{
    /// <summary>Practises; every new account is one.</summary>
    public const string Student = "student";

    /// <summary>Runs cohorts and authors problem sets.</summary>
    public const string Instructor = "instructor";

    /// <summary>Runs the site.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Student, Instructor, Admin];
}
