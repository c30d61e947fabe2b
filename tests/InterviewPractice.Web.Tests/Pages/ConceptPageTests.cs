using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>Concept problems in a real browser: answers go to the grading API and come back as feedback.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ConceptPageTests(ChromiumFixture app)
{
    [Fact]
    public async Task CheckingAnswersShowsFeedbackForEachPartAndTheTotal()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/problems/bias-variance");
        await Expect(page.Locator("[data-statement] .katex").First).ToBeVisibleAsync();
        await Expect(page.Locator(".explanation")).ToHaveCountAsync(6);
        Assert.All(await page.Locator(".explanation").AllInnerTextsAsync(), Assert.Empty);

        // Part (b) with an answer the key lists as wrong, part (d) with the right option; the rest blank.
        await page.Locator("fieldset[data-part='b'] input").FillAsync("9.5");
        await page.Locator("fieldset[data-part='d']").GetByLabel("Model A").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();

        await Expect(page.Locator("#concept-total")).ToContainTextAsync("Score: 1 /");
        await Expect(page.Locator("fieldset[data-part='d']")).ToHaveAttributeAsync("data-result", "correct");
        await Expect(page.Locator("#feedback-d")).ToContainTextAsync("Correct");
        await Expect(page.Locator("fieldset[data-part='b']")).ToHaveAttributeAsync("data-result", "wrong");
        await Expect(page.Locator("#feedback-b")).ToBeVisibleAsync();
        await Expect(page.Locator("#feedback-a")).ToContainTextAsync("No answer");

        // Answered parts, right or wrong, show the author's explanation with its math typeset; a blank part does not.
        await Expect(page.Locator("#explanation-b")).ToBeVisibleAsync();
        await Expect(page.Locator("#explanation-b")).ToContainTextAsync("irreducible");
        await Expect(page.Locator("#explanation-b .katex").First).ToBeVisibleAsync();
        await Expect(page.Locator("#explanation-d")).ToContainTextAsync("bias-variance trade-off");
        await Expect(page.Locator("#explanation-a")).ToBeHiddenAsync();
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task MatrixPartsTakeOneInputPerCell()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;

        await browser.GotoAsync("/problems/bias-variance");
        var cells = page.Locator("fieldset[data-part='a'] table.matrix input");
        await Expect(cells).ToHaveCountAsync(4);
        await Expect(page.GetByLabel("Row 2, column 1")).ToBeVisibleAsync();
        browser.AssertNoErrors();
    }
}
