using System.Net;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Tests.Infrastructure;
using InterviewPractice.Web.Tests.Rooms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>
/// Accounts over HTTP as a browser posts its forms (antiforgery token and cookie included): registering, the
/// lockout after repeated failures, the per-address throttle, and the <c>user add</c> command.
/// </summary>
public sealed partial class AccountsTests
{
    internal const string Password = "correct horse battery";

    [Fact]
    public async Task RegisteringSignsInAsAStudentAndAFormWithoutItsAntiforgeryTokenIsRefused()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web" });
        using var browser = Forms.Browser(app);

        var registered = await Forms.PostAsync(browser, "/account/register", new() { ["Email"] = "ada@example.org", ["DisplayName"] = "Ada", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("ada@example.org", await browser.GetStringAsync("/problems"));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var ada = (await users.FindByEmailAsync("ada@example.org"))!;
        Assert.Equal([AccountRoles.Student], await users.GetRolesAsync(ada));
        Assert.Equal("Ada", ada.DisplayName);

        // The same e-mail again, a short password: the form says what is wrong.
        using var other = Forms.Browser(app);
        var again = await Forms.PostAsync(other, "/account/register", new() { ["Email"] = "ada@example.org", ["DisplayName"] = "Ada", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("is already taken", await again.Content.ReadAsStringAsync());
        var weak = await Forms.PostAsync(other, "/account/register", new() { ["Email"] = "ada2@example.org", ["DisplayName"] = "Ada", ["Password"] = "short" });
        Assert.Contains("at least 10 characters", await weak.Content.ReadAsStringAsync());

        // Without the form's token (a post from another site): refused.
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "eve@example.org", ["DisplayName"] = "Eve", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsync("/account/register", forged)).StatusCode);
        Assert.Null(await users.FindByEmailAsync("eve@example.org"));
    }

    [Fact]
    public async Task FiveFailedLogInsLockTheAccountEvenAgainstTheRightPassword()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web", ["Accounts:LoginsPerMinute"] = "100" });
        await AddAsync(app, "bo@example.org");
        using var browser = Forms.Browser(app);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("do not match an account", await Forms.LogInAsync(browser, "bo@example.org", "wrong password " + i));
        }
        Assert.Contains("locked after too many failed log-ins", await Forms.LogInAsync(browser, "bo@example.org", "wrong password 5"));
        Assert.Contains("locked after too many failed log-ins", await Forms.LogInAsync(browser, "bo@example.org", Password));
        Assert.DoesNotContain("bo@example.org", await browser.GetStringAsync("/problems"));
        // An e-mail with no account reads the same as a wrong password.
        Assert.Contains("do not match an account", await Forms.LogInAsync(browser, "nobody@example.org", Password));
    }

    [Fact]
    public async Task LogInsPastTheThrottleAreAnsweredWithTooManyRequestsAndSayToWait()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web", ["Accounts:LoginsPerMinute"] = "3" });
        await AddAsync(app, "cy@example.org");
        using var browser = Forms.Browser(app);

        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("do not match an account", await Forms.LogInAsync(browser, "cy@example.org", "guess " + i));
        }
        var refused = await Forms.PostAsync(browser, "/account/login", new() { ["Email"] = "cy@example.org", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many log-in attempts from here", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UserAddMakesAnInstructorWhoCanLogIn()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ip-users-{Guid.NewGuid():N}.db");
        var (exit, output, errors) = await ChildProcess.WebAsync(
            "user", "add", "prof@example.org", "--user-role", "instructor", $"--Database:ConnectionString=Data Source={database}");
        Assert.True(exit == 0, $"exit {exit}: {output}{errors}");
        var password = PrintedPassword().Match(output).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), output);

        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web", ["Database:ConnectionString"] = $"Data Source={database}" });
        using var browser = Forms.Browser(app);
        await Forms.LogInAsync(browser, "prof@example.org", password);
        Assert.Contains("prof@example.org", await browser.GetStringAsync("/problems"));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([AccountRoles.Instructor], await users.GetRolesAsync((await users.FindByEmailAsync("prof@example.org"))!));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ARoomMadeSignedInIsTheAccountsAndSoIsTheSeatItsOwnerTakes()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Role"] = "web" }).OnKestrel();
        var server = await app.StartKestrelAsync();
        await AddAsync(app, "di@example.org");
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server };
        await Forms.LogInAsync(browser, "di@example.org", Password);

        var room = await RoomClient.CreateRoomAsync(browser, "two-sum");
        await using (var signedIn = await RoomClient.ConnectAsync(server, cookies))
        {
            await signedIn.JoinAsync(room.Links[InterviewPractice.Web.Rooms.RoomRole.Interviewer].Token, "Di");
        }
        // A visitor (no account) joins as before; their seat stays anonymous.
        await using (var visitor = await RoomClient.ConnectAsync(server))
        {
            await visitor.JoinAsync(room.Links[InterviewPractice.Web.Rooms.RoomRole.Candidate].Token, "Bo");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewPractice.Web.Data.AppDbContext>();
        var di = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("di@example.org"))!;
        Assert.Equal(di.Id, (await db.Set<InterviewPractice.Web.Rooms.Room>().FindAsync(room.Id))!.CreatedBy);
        var seats = db.Set<InterviewPractice.Web.Rooms.RoomInvite>().Where(i => i.RoomId == room.Id).ToDictionary(i => i.Role, i => i.UserId);
        Assert.Equal(di.Id, seats[InterviewPractice.Web.Rooms.RoomRole.Interviewer]);
        Assert.Null(seats[InterviewPractice.Web.Rooms.RoomRole.Candidate]);
    }

    [GeneratedRegex("Password: (\\S+)")]
    private static partial Regex PrintedPassword();

    /// <summary>Makes a student account with the tests' password.</summary>
    internal static async Task AddAsync(TestApp app, string email) =>
        Assert.Null(await AccountsSetup.AddUserAsync(app.Services, email, AccountRoles.Student, Password, CancellationToken.None));
}
