namespace InterviewPractice.Web.Accounts;

/// <summary>Accounts and signing in. Section <c>Accounts</c>.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>Log-in attempts one client (address) may make per minute; past it the form says to wait.</summary>
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>Failed log-ins in a row after which an account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The shortest password accepted.</summary>
    public int MinPasswordLength { get; set; } = 10;

    /// <summary>
    /// Send the sign-in cookie only over HTTPS. Leave it off to serve plain HTTP on a loopback address (the
    /// default server); turn it on (or serve behind TLS: the cookie follows the request's scheme) in production.
    /// </summary>
    public bool SecureCookieOnly { get; set; }
}
