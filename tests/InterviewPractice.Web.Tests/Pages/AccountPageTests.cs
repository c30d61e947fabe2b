using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>Accounts in Chromium, as a new user tries them: register, log out, log in, change the password.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccountPageTests(ChromiumFixture app)
{
    [Fact]
    public async Task ANewUserRegistersLogsOutLogsInAndChangesTheirPassword()
    {
        var email = $"dana-{Guid.NewGuid():N}@example.org";
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/problems");
        await page.GetByRole(AriaRole.Link, new() { Name = "Make an account" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Name").FillAsync("Dana");
        await page.GetByLabel("Password").FillAsync("first password 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the account" }).ClickAsync();
        await Expect(page.Locator(".site-header__account")).ToContainTextAsync(email);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.Locator(".site-header__account")).ToContainTextAsync("Log in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an account");
        await page.GetByLabel("Password").FillAsync("first password 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator(".site-header__account")).ToContainTextAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("first password 1");
        await page.GetByLabel("New password").FillAsync("second password 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change it" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await browser.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("second password 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator(".site-header__account")).ToContainTextAsync(email);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task AVisitorsDraftIsKeptWhenTheyMakeAnAccountAndFollowsThemToAnotherBrowser()
    {
        var email = $"gus-{Guid.NewGuid():N}@example.org";
        await using var first = await app.OpenPageAsync("Drafts-first");
        var page = first.Page;
        // A visitor writes code: the browser keeps it.
        await first.GotoAsync("/problems/two-sum");
        await page.Locator("#editor .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n# drafted before signing up");
        await page.Locator("#editor-language").FocusAsync();
        // Then makes an account, and opens the problem again: the draft is there and goes to the server.
        await first.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Name").FillAsync("Gus");
        await page.GetByLabel("Password").FillAsync("gus password 1");
        var uploaded = page.WaitForResponseAsync(r => r.Url.Contains("/api/me/drafts/two-sum/") && r.Request.Method == "PUT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the account" }).ClickAsync();
        await first.GotoAsync("/problems/two-sum");
        Assert.Equal(204, (await uploaded).Status);
        await Expect(page.Locator("#editor .cm-content")).ToContainTextAsync("# drafted before signing up");

        // Another browser (nothing of the first's storage): logged in, the same draft.
        await using var second = await app.OpenPageAsync("Drafts-second");
        await second.GotoAsync("/account/login?returnUrl=/problems/two-sum");
        await second.Page.GetByLabel("E-mail").FillAsync(email);
        await second.Page.GetByLabel("Password").FillAsync("gus password 1");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(second.Page.Locator("#editor .cm-content")).ToContainTextAsync("# drafted before signing up");
        first.AssertNoErrors();
        second.AssertNoErrors();
    }

    [Fact]
    public async Task TheProgressPageChartsTheTimeToSolveOnceAProblemIsSolved()
    {
        var email = $"jo-{Guid.NewGuid():N}@example.org";
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        await browser.RegisterAsync(email, "Jo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your progress" }).ClickAsync();
        await Expect(page.Locator("[data-summary]")).ToContainTextAsync("Solved 0 of");
        await Expect(page.Locator("#time-chart")).ToHaveCountAsync(0);

        // Solved through the API with the page's own cookies: the submission is the account's.
        var code = SubmissionClient.Reference("two-sum", "python");
        var sent = await page.Context.APIRequest.PostAsync("/api/submissions", new() { DataObject = new { problem = "two-sum", language = "python", code, mode = "submit" } });
        var id = System.Text.Json.JsonDocument.Parse(await sent.TextAsync()).RootElement.GetProperty("id").GetString();
        var done = await page.Context.APIRequest.GetAsync($"/api/submissions/{id}?wait=60");
        Assert.Contains("Accepted", await done.TextAsync());

        await page.ReloadAsync();
        await Expect(page.Locator("[data-summary]")).ToContainTextAsync("Solved 1 of");
        await Expect(page.Locator("#time-chart canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#time-chart")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Minutes to solve: Two Sum"));
        browser.AssertNoErrors();
    }
}
