using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>The catalog, problem and set pages in a real browser, over the repository's own problems.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ProblemPagesTests(ChromiumFixture app)
{
    [Fact]
    public async Task CatalogPageListsProblemsAndLinksToTheirStatements()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/problems");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Problems", Level = 1 })).ToBeVisibleAsync();
        var twoSum = page.GetByRole(AriaRole.Link, new() { Name = "Two Sum", Exact = true });
        await Expect(twoSum).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Softmax", Exact = true })).ToBeVisibleAsync();

        await twoSum.ClickAsync();
        await page.WaitForURLAsync("**/problems/two-sum");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two Sum", Level = 1 })).ToBeVisibleAsync();
        var statement = page.Locator("[data-statement]");
        await Expect(statement).ToContainTextAsync("Given an array of integers");
        await Expect(statement.GetByRole(AriaRole.Heading, new() { Name = "Example 1" })).ToBeVisibleAsync();
        await Expect(statement.Locator("pre", new() { HasText = "Input:" }).First).ToContainTextAsync("nums = [");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task StatementMathIsTypesetWithKatex()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/problems/softmax");
        var statement = page.Locator("[data-statement]");
        await Expect(statement.Locator(".katex-display").First).ToBeVisibleAsync();
        await Expect(statement.Locator("span.math .katex").First).ToBeVisibleAsync();
        // Every formula typeset, none left as TeX source, none rendered as a KaTeX error.
        await Expect(statement.Locator(".math:not(:has(.katex))")).ToHaveCountAsync(0);
        await Expect(statement.Locator(".katex-error")).ToHaveCountAsync(0);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task CatalogFiltersNarrowTheListAndKeepTheirValues()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/problems");
        await page.GetByLabel("Kind").SelectOptionAsync("concept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/problems?*kind=concept*");

        await Expect(page.GetByLabel("Kind")).ToHaveValueAsync("concept");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bias and Variance at a Point" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Two Sum", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator(".problem-row .kind").Filter(new() { HasNotText = "Concept" })).ToHaveCountAsync(0);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task SetPageListsItsProblemsInOrder()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/sets");
        await page.GetByRole(AriaRole.Link, new() { Name = "Blind start" }).ClickAsync();
        await page.WaitForURLAsync("**/sets/blind-start");
        await Expect(page.Locator(".problem-row__title").First).ToHaveTextAsync("Two Sum");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task UnknownProblemShowsANotFoundPageWithAWayBack()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        var response = await browser.GotoAsync("/problems/no-such-problem");
        Assert.Equal(404, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Problem not found" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Browse all problems" }).ClickAsync();
        await page.WaitForURLAsync("**/problems");
    }
}
