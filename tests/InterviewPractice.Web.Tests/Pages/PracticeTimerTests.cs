using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>Timed practice on a problem page, the page's clock moved by Playwright instead of waited for.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PracticeTimerTests(ChromiumFixture app)
{
    [Fact]
    public async Task ARealisticStrictSessionHidesDifficultyAndTagsSurvivesAReloadAndSubmitsWhenTimeRunsOut()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        // Timed practice is for accounts: a visitor is asked to log in instead.
        await browser.GotoAsync("/problems/two-sum");
        await Expect(page.Locator("[data-timer]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-timer-signin]")).ToContainTextAsync("log in");
        await browser.RegisterAsync($"tim-{Guid.NewGuid():N}@example.org", "Tim");
        await page.Clock.InstallAsync();
        await browser.GotoAsync("/problems/two-sum");
        var timer = page.Locator("[data-timer]");
        await timer.GetByRole(AriaRole.Combobox).SelectOptionAsync("15");
        await timer.GetByLabel("Strict (no pause)").CheckAsync();
        await timer.GetByLabel("Realistic (hide difficulty and tags)").CheckAsync();
        await timer.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Expect(page.Locator(".problem__meta .badge")).ToBeHiddenAsync();
        await Expect(page.Locator(".problem__head .tags")).ToBeHiddenAsync();
        await Expect(timer.GetByRole(AriaRole.Button, new() { Name = "Pause" })).ToBeHiddenAsync();
        // The page's clock runs on between the steps (seconds, on a busy machine): the figures are bounds, not instants.
        await Expect(page.Locator("[data-timer-left]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1[45]:\\d\\d$"));

        // Ten minutes on, a reload keeps the session and its deadline.
        await page.Clock.FastForwardAsync("10:00");
        await page.ReloadAsync();
        // At most the five minutes left before the reload: the deadline was kept, not started again.
        await Expect(page.Locator("[data-timer-left]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(5:00|[0-4]:\\d\\d)$"));
        await Expect(page.Locator(".problem__meta .badge")).ToBeHiddenAsync();

        // Time runs out: the editor's code is submitted, the difficulty and tags come back.
        await page.Clock.FastForwardAsync("05:01");
        await Expect(page.Locator("[data-editor-note]")).ToHaveTextAsync("Time is up: your code was submitted.");
        // The starter code returns nothing: the hidden tests fail it.
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "WrongAnswer", new() { Timeout = CodeEditorTests.VerdictTimeoutMs });
        await Expect(page.Locator(".problem__meta .badge")).ToBeVisibleAsync();
        await Expect(timer.GetByRole(AriaRole.Button, new() { Name = "Start" })).ToBeVisibleAsync();
    }
}
