using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>
/// The code editor on a problem page in a real browser: writing code, Run and Submit through the real judge
/// (Docker and the sandbox image), results as they arrive, and what is kept in the browser.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class CodeEditorTests(ChromiumFixture app)
{
    /// <summary>The bound on a verdict: a cold runner, a queue shared with other tests, two slow cores.</summary>
    internal static readonly float VerdictTimeoutMs = 60_000;

    [Fact]
    public async Task SubmittingAnAcceptedSolutionShowsAcceptedWithEveryHiddenTestPassed()
    {
        await using var browser = await OpenTwoSumInPythonAsync(SubmissionClient.Reference("two-sum", "python"));
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = VerdictTimeoutMs });
        await Expect(verdict.Locator(".verdict__title")).ToHaveTextAsync("Accepted");
        var summary = await verdict.Locator(".verdict__summary").InnerTextAsync();
        var counts = PassedCount().Match(summary);
        Assert.True(counts.Success, $"no passed count in \"{summary}\"");
        Assert.Equal(counts.Groups[1].Value, counts.Groups[2].Value);
        var total = int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 3, $"a submit judges the hidden tests, not just the three samples: {summary}");
        // A row per hidden test, each passed, showing only what a hidden test may show.
        await Expect(page.Locator(".tests .test[data-kind='Hidden'][data-verdict='Accepted']")).ToHaveCountAsync(total);
        await Expect(page.Locator(".tests .test details")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true })).ToBeEnabledAsync();
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task TheConsoleEvaluatesDependentCSharpSnippetsAndShowsBothResults()
    {
        await app.App.WaitForJudgeAsync();
        await using var browser = await app.OpenPageAsync();
        await OpenTwoSumAsync(browser);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("csharp");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Console" }).ClickAsync();

        var prompt = page.GetByLabel("Snippet");
        await prompt.FillAsync("var xs = new[] { 3, 1, 2 };\nConsole.WriteLine(xs.Length);");
        await prompt.PressAsync("Enter");
        var entries = page.Locator(".console__entry");
        await Expect(entries).ToHaveCountAsync(1, new() { Timeout = VerdictTimeoutMs });
        await Expect(entries.Nth(0).Locator(".console__stdout")).ToHaveTextAsync("3\n");
        // The second snippet uses the first's variable: the session kept it.
        await prompt.FillAsync("xs.Order().Sum() * 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate" }).ClickAsync();
        await Expect(entries).ToHaveCountAsync(2, new() { Timeout = VerdictTimeoutMs });
        await Expect(entries.Nth(1).Locator(".console__input-echo")).ToHaveTextAsync("xs.Order().Sum() * 2");
        await Expect(entries.Nth(1).Locator(".console__value")).ToHaveTextAsync("12");
        await Expect(page.Locator(".console__error")).ToHaveCountAsync(0);
        await Expect(prompt).ToHaveValueAsync("");

        // Run brings the results back into view.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Expect(page.Locator("#panel-results")).ToBeVisibleAsync();
        await Expect(page.Locator("#panel-console")).ToBeHiddenAsync();
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task RunningAWrongSolutionShowsWrongAnswerWithTheFailingSamplesExpectedAndActualOutput()
    {
        // Pairs an index with itself when nums[i] * 2 == target: sample 2 ([3,2,4], 6) gets [0,0].
        await using var browser = await OpenTwoSumInPythonAsync(File.ReadAllText(Path.Combine(TestPaths.Problems, "two-sum", "solutions", "wrong_answer", "map_first.py")));
        var page = browser.Page;
        await page.Locator(".cm-content").PressAsync("Control+Enter");

        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", "WrongAnswer", new() { Timeout = VerdictTimeoutMs });
        await Expect(verdict.Locator(".verdict__title")).ToHaveTextAsync("Wrong Answer");
        await Expect(verdict.Locator(".verdict__summary")).ToContainTextAsync("2 / 3 tests passed");

        var failing = page.Locator(".tests .test[data-kind='Sample'][data-verdict='WrongAnswer']");
        await Expect(failing).ToHaveCountAsync(1);
        await Expect(failing.Locator(".test__name")).ToContainTextAsync("pair-in-the-middle");
        // Opened by itself: input, expected and the user's answer side by side.
        await Expect(failing.Locator(".test__input")).ToBeVisibleAsync();
        await Expect(failing.Locator(".test__input")).ToContainTextAsync("nums = [3,2,4]");
        await Expect(failing.Locator(".test__expected")).ToHaveTextAsync("[1,2]");
        await Expect(failing.Locator(".test__actual")).ToHaveTextAsync("[0,0]");
        // The difference, marked: "[1,2]" against "[0,0]" keeps the brackets and comma, strikes 1 and 2, underlines the 0s.
        var diff = failing.Locator(".test__diff");
        await Expect(diff).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\[.*,.*\\]$"));
        await Expect(diff.Locator("del")).ToHaveTextAsync(["1", "2"]);
        await Expect(diff.Locator("ins")).ToHaveTextAsync(["0", "0"]);
        await Expect(page.Locator(".tests .test[data-kind='Sample'][data-verdict='Accepted']")).ToHaveCountAsync(2);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task CustomInputsAreJudgedAgainstTheReferenceSolutionOnRun()
    {
        await using var browser = await OpenTwoSumInPythonAsync(SubmissionClient.Reference("two-sum", "python"));
        var page = browser.Page;
        await page.GetByText("Custom input", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Arguments for Run").FillAsync("{\"nums\": [1, 5, 9], \"target\": 14}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = VerdictTimeoutMs });
        await Expect(verdict.Locator(".verdict__summary")).ToContainTextAsync("4 / 4 tests passed");
        var custom = page.Locator(".tests .test[data-kind='Custom']");
        await Expect(custom).ToHaveAttributeAsync("data-verdict", "Accepted");
        await custom.Locator("summary").ClickAsync();
        await Expect(custom.Locator(".test__input")).ToContainTextAsync("nums = [1,5,9]");
        await Expect(custom.Locator(".test__expected")).ToHaveTextAsync("[1,2]");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task APythonSyntaxErrorShowsCompilationErrorWithTheCompilerOutput()
    {
        await using var browser = await OpenTwoSumInPythonAsync("class Solution:\n    def twoSum(self, nums, target)\n        return [0, 1]\n");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", "CompilationError", new() { Timeout = VerdictTimeoutMs });
        await Expect(verdict.Locator(".verdict__title")).ToHaveTextAsync("Compilation Error");
        var output = page.Locator("pre.compile-output");
        await Expect(output).ToBeVisibleAsync();
        await Expect(output).ToContainTextAsync("SyntaxError");
        await Expect(output).ToContainTextAsync("Line 2");
        await Expect(page.Locator(".tests .test")).ToHaveCountAsync(0);
        // Marked on the editor: a marker in the gutter, the line itself underlined with the message.
        await Expect(page.Locator(".cm-lint-marker-error")).ToHaveCountAsync(1);
        await Expect(page.Locator(".cm-lintRange-error")).ToContainTextAsync("def twoSum(self, nums, target)");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task CodeIsKeptPerLanguageAcrossReloadsUntilResetToTheStarterCode()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        await OpenTwoSumAsync(browser);
        var editor = page.Locator(".cm-content");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("javascript");
        await Expect(editor).ToContainTextAsync("var twoSum = function(nums, target)");
        await ReplaceCodeAsync(page, "// my javascript attempt\n");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("python");
        await ReplaceCodeAsync(page, "# my python attempt\n");

        await page.ReloadAsync();
        // The language last chosen comes back with its code; the other language kept its own.
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Language" })).ToHaveValueAsync("python");
        await Expect(editor).ToContainTextAsync("# my python attempt");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("javascript");
        await Expect(editor).ToContainTextAsync("// my javascript attempt");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset to starter code" }).ClickAsync();
        await Expect(editor).ToContainTextAsync("var twoSum = function(nums, target)");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("javascript");
        await Expect(editor).ToContainTextAsync("var twoSum = function(nums, target)");
        await Expect(editor).Not.ToContainTextAsync("my javascript attempt");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task CustomInputThatIsNotJsonIsRefusedOnThePageWithoutSendingAnything()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        var sent = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/api/submissions", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref sent);
            }
        };
        await OpenTwoSumAsync(browser);

        await page.GetByText("Custom input", new() { Exact = true }).ClickAsync();
        var input = page.GetByLabel("Arguments for Run");
        await input.FillAsync("{\"nums\": [1, 2], \"target\": 3}\nnums = [1, 2]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        await Expect(page.Locator("#custom-inputs-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#custom-inputs-error")).ToContainTextAsync("Line 2 is not valid JSON");
        await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(input).ToBeFocusedAsync();

        await input.FillAsync("[1, 2]");
        await Expect(page.Locator("#custom-inputs-error")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Expect(page.Locator("#custom-inputs-error")).ToContainTextAsync("Line 1 must be a JSON object of arguments");
        Assert.Equal(0, Volatile.Read(ref sent));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task ATooManyRequestsRefusalShowsTheReasonAndWhenToRetry()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        // The API's own 429 (as the rate limiter sends it), without sending 60 submissions to get one.
        await page.RouteAsync("**/api/submissions", route => route.FulfillAsync(new()
        {
            Status = 429,
            ContentType = "application/problem+json",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "42" },
            Body = """{"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"Too many submissions","status":429,"detail":"This client has sent too many submissions in the last minute."}""",
        }));
        await OpenTwoSumAsync(browser);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-tone", "error");
        await Expect(verdict.Locator(".verdict__title")).ToHaveTextAsync("Too many submissions");
        await Expect(verdict).ToContainTextAsync("too many submissions in the last minute");
        await Expect(verdict).ToContainTextAsync(new Regex(@"Try again in 4[12] seconds"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true })).ToBeEnabledAsync();
        // No AssertNoErrors: Chromium logs every 4xx response as a console error, and this one is the point.
    }

    [Fact]
    public async Task WithoutTheEditorScriptTheStarterCodeStaysInHighlightedTabs()
    {
        await using var browser = await app.OpenPageAsync();
        var page = browser.Page;
        // The page as it is when editor.js cannot run: problem.js still highlights and wires the tabs.
        await page.RouteAsync("**/dist/editor.js*", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = "" }));

        await browser.GotoAsync("/problems/two-sum");
        var editor = page.Locator("section#editor[data-slug='two-sum']");
        await Expect(editor.Locator("[role='tabpanel']:visible code.hljs")).ToContainTextAsync("twoSum");
        await Expect(editor.Locator("[data-workbench]")).ToBeHiddenAsync();

        await editor.GetByRole(AriaRole.Tab, new() { Name = "C#" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Tab, new() { Name = "C#" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(editor.Locator("#panel-csharp code.hljs")).ToContainTextAsync("public class Solution");
        await Expect(editor.Locator("#panel-python")).ToBeHiddenAsync();
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task ThePageServesTheStarterCodeOfEveryLanguageAndHidesTheWorkbenchUntilScriptsRun()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var html = await client.GetStringAsync("/problems/two-sum");

        Assert.Contains("<div class=\"workbench\" data-workbench hidden>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-python\">class Solution:", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-csharp\">public class Solution {", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-javascript\">", html, StringComparison.Ordinal);
        Assert.Contains("/dist/editor.js", html, StringComparison.Ordinal);
    }

    /// <summary>Once the judge is ready: two-sum open, Python chosen, <paramref name="code"/> in the editor.</summary>
    private async Task<ChromiumPage> OpenTwoSumInPythonAsync(string code)
    {
        await app.App.WaitForJudgeAsync();
        var browser = await app.OpenPageAsync();
        await OpenTwoSumAsync(browser);
        await browser.Page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("python");
        await ReplaceCodeAsync(browser.Page, code);
        return browser;
    }

    private static async Task OpenTwoSumAsync(ChromiumPage browser)
    {
        await browser.GotoAsync("/problems/two-sum");
        // The editor is up once the workbench shows and CodeMirror has drawn the starter code.
        await Expect(browser.Page.Locator("[data-workbench]")).ToBeVisibleAsync();
        await Expect(browser.Page.Locator(".cm-content")).ToContainTextAsync("twoSum", new() { IgnoreCase = true });
    }

    /// <summary>
    /// Replaces the editor's text as a user pasting would: focus the editor, select all, paste. Typing it would
    /// fight the editor's auto-indent; a paste goes through the same input path without it.
    /// </summary>
    private static async Task ReplaceCodeAsync(IPage page, string code)
    {
        var content = page.Locator(".cm-content");
        await content.ClickAsync();
        await content.PressAsync("Control+a");
        await content.EvaluateAsync("""
            (element, text) => {
              const data = new DataTransfer();
              data.setData("text/plain", text);
              element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, code);
        var firstLine = code.Split('\n').First(l => l.Trim().Length > 0).Trim();
        await Expect(content).ToContainTextAsync(firstLine);
        await Expect(content.Locator(".cm-line")).ToHaveCountAsync(code.Split('\n').Length);
    }

    [GeneratedRegex(@"(\d+) / (\d+) tests passed")]
    private static partial Regex PassedCount();
}
