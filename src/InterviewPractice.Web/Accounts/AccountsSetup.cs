using InterviewPractice.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Accounts;

/// <summary>
/// Accounts: ASP.NET Core Identity on the app's database, signed in with a cookie (HttpOnly, SameSite=Lax),
/// lockout after repeated failed log-ins, log-ins throttled per address, roles student, instructor, admin.
/// Anyone may browse and run code without one.
/// </summary>
public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section)
            .Validate(o => o.LoginsPerMinute > 0 && o.LockoutAttempts > 0 && o.LockoutMinutes > 0 && o.MinPasswordLength >= 8,
                "Accounts:LoginsPerMinute, LockoutAttempts and LockoutMinutes must be positive, MinPasswordLength at least 8")
            .ValidateOnStart();
        var accounts = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = accounts.MinPasswordLength;
                // Length is what makes a password strong; no character-class rules (NIST SP 800-63B).
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = accounts.LockoutAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ip.account";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = accounts.SecureCookieOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // The API answers 401/403 rather than redirecting to a page.
            o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<LoginThrottle>();
        return services;
    }

    /// <summary>The signed-in account's id, or null for a visitor.</summary>
    public static string? UserId(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Creates an account with <paramref name="role"/> (and the role if it is new): the <c>user add</c> command,
    /// for the first instructors and admins. Returns what went wrong in words, or null.
    /// </summary>
    public static async Task<string?> AddUserAsync(IServiceProvider services, string email, string role, string password, CancellationToken ct)
    {
        if (!AccountRoles.All.Contains(role))
        {
            return $"'{role}' is not a role: choose one of {string.Join(", ", AccountRoles.All)}.";
        }
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return string.Join(" ", created.Errors.Select(e => e.Description));
        }
        await EnsureRoleAsync(scope.ServiceProvider, role);
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? null : string.Join(" ", added.Errors.Select(e => e.Description));
    }

    /// <summary>Creates <paramref name="role"/> if the database does not have it yet.</summary>
    public static async Task EnsureRoleAsync(IServiceProvider scoped, string role)
    {
        var roles = scoped.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            var result = await roles.CreateAsync(new IdentityRole(role));
            // Another node (or request) made it at the same moment: that is as good.
            if (!result.Succeeded && !await roles.RoleExistsAsync(role))
            {
                throw new InvalidOperationException($"The role '{role}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    /// <summary>
    /// The <c>user add EMAIL [--user-role ROLE] [--password P]</c> command (<c>./interview user add</c> passes its
    /// <c>--role</c> as <c>--user-role</c>: the app's own <c>--role</c> is the node's); prints the password when it made one.
    /// </summary>
    public static async Task<int> RunUserCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["user", "add", var email, ..] || email.StartsWith('-'))
        {
            Console.Error.WriteLine("usage: user add EMAIL [--user-role student|instructor|admin] [--password PASSWORD]");
            return 2;
        }
        string Option(string name, string fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var role = Option("--user-role", AccountRoles.Student);
        var made = !args.Contains("--password");
        var password = made ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)) : Option("--password", "");
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        if (await AddUserAsync(app.Services, email, role, password, CancellationToken.None) is { } error)
        {
            Console.Error.WriteLine($"user add: {error}");
            return 1;
        }
        Console.WriteLine(made ? $"Added {email} ({role}). Password: {password}" : $"Added {email} ({role}).");
        return 0;
    }
}
