using System.Globalization;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>
/// Whole practice flows in a real browser against the real judge, as a signed-in student or instructor goes through
/// them: solving a problem in each language, a mock assessment from start to report, a cohort from invite to results.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class PracticeFlowTests(ChromiumFixture app)
{
    private const string Password = "practice flow password 1";

    [Theory]
    [InlineData("csharp")]
    [InlineData("javascript")]
    [InlineData("python")]
    public async Task TwoSumsReferenceSolutionIsAcceptedInEachLanguageAndTheCatalogMarksItSolved(string language)
    {
        await app.App.WaitForJudgeAsync();
        await using var browser = await app.OpenPageAsync($"two-sum-{language}");
        var page = browser.Page;
        await browser.RegisterAsync($"ana-{Guid.NewGuid():N}@example.org", "Ana");

        await OpenEditorAsync(page, "/problems/two-sum", language);
        await ReplaceCodeAsync(page, SubmissionClient.Reference("two-sum", language));
        await SubmitAndExpectAcceptedAsync(page);

        await browser.GotoAsync("/problems");
        var twoSum = ProblemRow(page, "Two Sum");
        await Expect(twoSum.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Solved");
        await Expect(twoSum.Locator("[data-status]")).ToHaveTextAsync("Solved");
        // Nothing else was touched by this new account.
        await Expect(page.Locator("[data-status='Solved']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-status='Attempted']")).ToHaveCountAsync(0);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task AMockAssessmentFinishedEarlyReportsWhatWasSolvedAndAnsweredAndStaysInTheHistory()
    {
        await app.App.WaitForJudgeAsync();
        // Named for the screenshot INTERVIEW_SCREENSHOTS keeps: the test ends on the report.
        await using var browser = await app.OpenPageAsync("assessment-report");
        var page = browser.Page;
        await browser.RegisterAsync($"ola-{Guid.NewGuid():N}@example.org", "Ola");

        await browser.GotoAsync("/assessments");
        await Expect(page.Locator(".assessment-list")).ToHaveCountAsync(0);
        // A problem set's plan draws exactly its problems, in its order: three to code, three concept ones.
        await page.GetByLabel("Assessment").SelectOptionAsync("set:ml-foundations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(AssessmentUrl());
        var assessmentUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set: ML foundations");
        await Expect(page.Locator("#assessment-left")).ToHaveTextAsync(new Regex(@"^(90:00|89:\d\d)$"));
        var lines = page.Locator("table.assessment-report tbody tr");
        await Expect(lines).ToHaveCountAsync(6);
        Assert.Equal(
            ["softmax", "precision-recall-f1", "kmeans-step", "bias-variance", "data-leakage", "imbalanced-metrics"],
            await lines.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.problem)"));

        // The coding problem opens from the assessment (in a new tab, the assessment staying open) and is solved.
        var coding = await page.RunAndWaitForPopupAsync(() => page.Locator("tr[data-problem='softmax'] a").ClickAsync());
        await OpenEditorAsync(coding, null, "python");
        await ReplaceCodeAsync(coding, SubmissionClient.Reference("softmax", "python"));
        await SubmitAndExpectAcceptedAsync(coding);
        await coding.CloseAsync();

        // The concept problem opens the same way; one part answered right, the rest left blank.
        var concept = await page.RunAndWaitForPopupAsync(() => page.Locator("tr[data-problem='bias-variance'] a").ClickAsync());
        await concept.Locator("fieldset[data-part='d']").GetByLabel("Model A").CheckAsync();
        await concept.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();
        await Expect(concept.Locator("#concept-total")).ToContainTextAsync(new Regex(@"Score: 1 / \d+"));
        var conceptMax = ConceptMax().Match(await concept.Locator("#concept-total").InnerTextAsync()).Groups[1].Value;
        await concept.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Finish now" }).ClickAsync();
        var report = page.Locator("[data-report]");
        await Expect(report).ToBeVisibleAsync();
        await Expect(page.Locator("#assessment-left")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Finish now" })).ToHaveCountAsync(0);
        // The concept total's maximum is left open here: the report now adds up only the answered problems' maxima
        // (1 of 7 here, the two unanswered concept problems' points not counted), which may not be what it means.
        await Expect(report).ToHaveTextAsync(new Regex(@"^Finished \d{4}-\d\d-\d\d \d\d:\d\d UTC: solved 1 of 6 · concept score 1 of \d+(\.\d+)?\.$"));

        var softmax = page.Locator("tr[data-problem='softmax']");
        await Expect(softmax).ToHaveAttributeAsync("data-solved", "true");
        // Columns: problem, kind, solved, attempts, time, score / verdict.
        await Expect(softmax.Locator("td")).ToHaveTextAsync([Exactly("Softmax"), Exactly("code"), Exactly("yes"), Exactly("1"), new Regex(@"^\d+(\.\d)? min$"), Exactly("Accepted")]);
        var biasVariance = page.Locator("tr[data-problem='bias-variance']");
        await Expect(biasVariance).ToHaveAttributeAsync("data-solved", "false");
        await Expect(biasVariance.Locator("td")).ToHaveTextAsync(["Bias and Variance at a Point", "concept", "no", "1", "–", $"1 of {conceptMax}"]);
        // The problems not opened: not solved, no attempt, and nothing submitted for them at the end (no draft).
        foreach (var untouched in new[] { "precision-recall-f1", "kmeans-step", "data-leakage", "imbalanced-metrics" })
        {
            var line = page.Locator($"tr[data-problem='{untouched}']");
            await Expect(line).ToHaveAttributeAsync("data-solved", "false");
            await Expect(line.Locator("td").Nth(3)).ToHaveTextAsync("0");
            await Expect(line.Locator("td").Nth(5)).ToHaveTextAsync("–");
        }

        // The history lists it as finished, and its link brings the report back.
        await page.GetByRole(AriaRole.Link, new() { Name = "All your assessments" }).ClickAsync();
        var history = page.Locator(".assessment-list li");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history).ToContainTextAsync("finished");
        await history.GetByRole(AriaRole.Link, new() { Name = "Set: ML foundations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(assessmentUrl) + "$"));
        await Expect(page.Locator("[data-report]")).ToContainTextAsync("solved 1 of 6");
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task AnInstructorsCohortFromInviteLinkToTheResultsOfAStudentsSolvedAssignment()
    {
        await app.App.WaitForJudgeAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var profEmail = $"prof-{tag}@example.org";
        var studentEmail = $"mia-{tag}@example.org";
        var cohortName = $"ML prep {tag}";
        Assert.Null(await AccountsSetup.AddUserAsync(app.App.Services, profEmail, AccountRoles.Instructor, Password, CancellationToken.None));

        // Named for the screenshot INTERVIEW_SCREENSHOTS keeps: the instructor's page ends on the results.
        await using var instructor = await app.OpenPageAsync("cohort-results");
        var prof = instructor.Page;
        await instructor.GotoAsync("/account/login");
        await prof.GetByLabel("E-mail").FillAsync(profEmail);
        await prof.GetByLabel("Password").FillAsync(Password);
        await prof.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(prof.Locator(".site-header__account")).ToContainTextAsync(profEmail);

        // The cohort, made on /cohorts; its page shows the invite link once.
        await instructor.GotoAsync("/cohorts");
        await prof.GetByLabel("New cohort").FillAsync(cohortName);
        await prof.GetByRole(AriaRole.Button, new() { Name = "Make the cohort" }).ClickAsync();
        await Expect(prof.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(cohortName);
        var cohortUrl = new Uri(prof.Url).AbsolutePath;
        var invite = prof.Locator("#invite-url");
        await Expect(invite).ToHaveAttributeAsync("href", new Regex(@"/cohorts/join/[^/]+$"));
        var inviteUrl = (await invite.GetAttributeAsync("href"))!;
        await Expect(invite).ToHaveTextAsync(inviteUrl);

        // A problem set assigned with a deadline a week away.
        var deadline = DateTime.UtcNow.AddDays(7);
        await prof.GetByLabel("Problem set").SelectOptionAsync("blind-start");
        await prof.GetByLabel("Due (UTC)").FillAsync(deadline.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await prof.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        var assignment = prof.Locator("section[aria-labelledby='assignments-heading'] .cohort-list li");
        await Expect(assignment).ToHaveCountAsync(1);
        await Expect(assignment).ToContainTextAsync($"Blind start · due {deadline:yyyy-MM-dd HH:mm} UTC");

        // The student, in a browser of their own, opens the link: asked to log in, makes an account instead, and
        // comes back to the link to join.
        await using var student = await app.OpenPageAsync("cohort-student");
        var mia = student.Page;
        await mia.GotoAsync(inviteUrl);
        await Expect(mia).ToHaveURLAsync(new Regex("/account/login"));
        await mia.GetByRole(AriaRole.Link, new() { Name = "Make one" }).ClickAsync();
        await mia.GetByLabel("E-mail").FillAsync(studentEmail);
        await mia.GetByLabel("Name").FillAsync("Mia");
        await mia.GetByLabel("Password").FillAsync(Password);
        await mia.GetByRole(AriaRole.Button, new() { Name = "Make the account" }).ClickAsync();
        await Expect(mia.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Join “{cohortName}”");
        await mia.GetByRole(AriaRole.Button, new() { Name = "Join the cohort" }).ClickAsync();
        await Expect(mia).ToHaveURLAsync(new Regex("/cohorts$"));
        var mine = mia.Locator("li[data-assignment]");
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToContainTextAsync($"Blind start ({cohortName}) · due {deadline:yyyy-MM-dd HH:mm} UTC");
        await Expect(mine.Locator("[data-progress]")).ToHaveTextAsync("solved 0 of 6");

        // She follows the assignment to its set and solves two-sum there.
        await mine.GetByRole(AriaRole.Link, new() { Name = "Blind start" }).ClickAsync();
        await mia.GetByRole(AriaRole.Link, new() { Name = "Two Sum", Exact = true }).ClickAsync();
        await OpenEditorAsync(mia, null, "python");
        await ReplaceCodeAsync(mia, SubmissionClient.Reference("two-sum", "python"));
        await SubmitAndExpectAcceptedAsync(mia);
        await student.GotoAsync("/cohorts");
        await Expect(mia.Locator("li[data-assignment] [data-progress]")).ToHaveTextAsync("solved 1 of 6");

        // The instructor's results, from the cohort page: her row, two-sum solved in one attempt.
        await instructor.GotoAsync(cohortUrl);
        await Expect(prof.Locator("section[aria-labelledby='members-heading'] li")).ToHaveTextAsync([$"Mia ({studentEmail})"]);
        await assignment.GetByRole(AriaRole.Link, new() { Name = "Blind start" }).ClickAsync();
        await Expect(prof.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Results: Blind start");
        var resultsUrl = new Uri(prof.Url).AbsolutePath;
        var row = prof.Locator($"tr[data-student='{studentEmail}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("th")).ToHaveTextAsync("Mia");
        await Expect(row.Locator("td").First).ToHaveTextAsync("1 of 6");
        var cell = row.Locator("td[data-problem='two-sum']");
        await Expect(cell).ToHaveAttributeAsync("data-solved", "true");
        await Expect(cell).ToContainTextAsync("✓");
        await Expect(cell.Locator(".hint")).ToHaveTextAsync(new Regex(@"^1 attempt(, [\d.]+ min)?$"));
        await Expect(row.Locator("td[data-problem][data-solved='true']")).ToHaveCountAsync(1);

        // Her code, on click.
        await cell.GetByRole(AriaRole.Link, new() { Name = "code" }).ClickAsync();
        await Expect(prof.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("two-sum · python · Accepted");
        var reference = SubmissionClient.Reference("two-sum", "python");
        await Expect(prof.Locator("pre.code")).ToContainTextAsync(reference.Trim().Split('\n')[0]);
        Assert.Equal(reference.TrimEnd(), (await prof.Locator("pre.code code").TextContentAsync())!.TrimEnd());
        await prof.GoBackAsync();
        await Expect(prof).ToHaveURLAsync(new Regex(Regex.Escape(resultsUrl) + "$"));

        // Checked before the CSV: Chromium reports a link that turns into a download as an aborted request.
        instructor.AssertNoErrors();

        // The CSV downloads with her rows.
        var download = await prof.RunAndWaitForDownloadAsync(() => prof.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal("blind-start-results.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var csvLines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("student,email,problem,solved,attempts,minutes,score,max_score,late", csvLines[0].TrimStart('\uFEFF'));
        Assert.Equal(7, csvLines.Length);
        Assert.Matches($@"^Mia,{Regex.Escape(studentEmail)},two-sum,yes,1,[\d.]*,,,no$", csvLines.Single(l => l.Contains(",two-sum,", StringComparison.Ordinal)));
        Assert.All(csvLines.Skip(1).Where(l => !l.Contains(",two-sum,", StringComparison.Ordinal)),
            l => Assert.Matches($@"^Mia,{Regex.Escape(studentEmail)},[a-z-]+,no,0,,,,no$", l));

        // The student is refused the instructor's pages.
        var refused = await student.GotoAsync(resultsUrl);
        Assert.Contains(refused.Status, new[] { 403, 404 });
        await Expect(mia.Locator("table.cohort-results")).ToHaveCountAsync(0);
        Assert.Contains((await student.GotoAsync(resultsUrl + "?handler=Csv")).Status, new[] { 403, 404 });
        Assert.Contains((await student.GotoAsync(cohortUrl)).Status, new[] { 403, 404 });
        await Expect(mia.Locator("#invite-url")).ToHaveCountAsync(0);

        // No AssertNoErrors for the student: Chromium logs the refusals' 404s as console errors, and they are the point.
    }

    /// <summary>Makes an account on the register page; the browser is signed in with it afterwards.</summary>
    /// <summary>
    /// Opens a problem page (<paramref name="path"/>, or the one already open when null), waits for the editor and
    /// chooses <paramref name="language"/>: its starter code (the page's own, from its tab panel) is then in the editor.
    /// </summary>
    private static async Task OpenEditorAsync(IPage page, string? path, string language)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }
        await Expect(page.Locator("[data-workbench]")).ToBeVisibleAsync();
        await Expect(page.Locator(".cm-content .cm-line").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync(language);
        var starter = (await page.Locator($"#panel-{language} code").TextContentAsync())!;
        await Expect(page.Locator(".cm-content")).ToContainTextAsync(starter.Split('\n').First(l => l.Trim().Length > 0).Trim());
    }

    /// <summary>The editor's text replaced as a paste would (as <see cref="CodeEditorTests"/> does: typing would fight auto-indent).</summary>
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
        await Expect(content).ToContainTextAsync(code.Split('\n').First(l => l.Trim().Length > 0).Trim());
        await Expect(content.Locator(".cm-line")).ToHaveCountAsync(code.Split('\n').Length);
    }

    private static async Task SubmitAndExpectAcceptedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        var verdict = page.Locator("#verdict");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = CodeEditorTests.VerdictTimeoutMs });
        await Expect(verdict.Locator(".verdict__title")).ToHaveTextAsync("Accepted");
    }

    private static Regex Exactly(string text) => new($"^{Regex.Escape(text)}$");

    private static ILocator ProblemRow(IPage page, string title) =>
        page.Locator(".problem-row").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    [GeneratedRegex(@"/assessments/[0-9a-f-]{36}$")]
    private static partial Regex AssessmentUrl();

    [GeneratedRegex(@"Score: \d+(?:\.\d+)? / (\d+(?:\.\d+)?)")]
    private static partial Regex ConceptMax();
}
