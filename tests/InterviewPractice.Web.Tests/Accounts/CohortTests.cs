using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>
/// An instructor's cohort from start to results, through the pages as a browser posts them and the real judge: a
/// student joins by the invite link, solves part of the assigned set, and the instructor's results (and CSV, and
/// the code on click) show it. Students see only their own standing; instructors only their own cohorts.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed partial class CohortTests(JudgeApp judge)
{
    [Fact]
    public async Task AStudentJoinsSolvesAnAssignmentAndOnlyTheirInstructorSeesTheResults()
    {
        var app = judge.App;
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Email(string who) => $"{who}-{tag}@example.org";
        Assert.Null(await AccountsSetup.AddUserAsync(app.Services, Email("prof"), AccountRoles.Instructor, AccountsTests.Password, CancellationToken.None));
        Assert.Null(await AccountsSetup.AddUserAsync(app.Services, Email("other-prof"), AccountRoles.Instructor, AccountsTests.Password, CancellationToken.None));
        await AccountsTests.AddAsync(app, Email("mia"));
        await AccountsTests.AddAsync(app, Email("ned"));
        using var prof = await SignedInAsync(app, Email("prof"));
        using var mia = await SignedInAsync(app, Email("mia"));
        using var ned = await SignedInAsync(app, Email("ned"));
        using var otherProf = await SignedInAsync(app, Email("other-prof"));

        // The instructor makes the cohort and gets its invite link once.
        var made = await Forms.PostAsync(prof, "/cohorts", new() { ["Name"] = "ML prep " + tag });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var cohortPage = made.Headers.Location!.OriginalString;
        var invite = Invite().Match(await prof.GetStringAsync(cohortPage)).Groups[1].Value;
        Assert.NotEmpty(invite);
        // A student cannot make one.
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(mia, "/cohorts", new() { ["Name"] = "mine" })).StatusCode);

        // Mia joins by the link; the instructor assigns a set.
        Assert.Contains("Join “ML prep " + tag, WebUtility.HtmlDecode(await mia.GetStringAsync($"/cohorts/join/{invite}")));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(mia, $"/cohorts/join/{invite}", [])).StatusCode);
        var deadline = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect,
            (await Forms.PostAsync(prof, $"{cohortPage}?handler=Assign", new() { ["Set"] = "blind-start", ["Deadline"] = deadline }, cohortPage)).StatusCode);
        var results = Results().Match(await prof.GetStringAsync(cohortPage)).Groups[1].Value;
        Assert.NotEmpty(results);

        // Mia solves two-sum and tries valid-parentheses.
        Assert.Equal("Accepted", (string?)(await SubmissionClient.JudgeAsync(mia, "two-sum", "python", SubmissionClient.Reference("two-sum", "python")))["verdict"]);
        await SubmissionClient.JudgeAsync(mia, "valid-parentheses", "python", "class Solution:\n    def isValid(self, s):\n        return False\n");

        var table = await prof.GetStringAsync(WebUtility.HtmlDecode(results));
        Assert.Matches($"(?s)data-student=\"{Regex.Escape(Email("mia"))}\".*?data-problem=\"two-sum\" data-solved=\"true\".*?data-problem=\"valid-parentheses\" data-solved=\"false\"", table);
        var code = CodeLink().Match(table).Groups[1].Value;
        // Her last submission's code, on click: the accepted two-sum (the first problem's link).
        var codePage = WebUtility.HtmlDecode(await prof.GetStringAsync(WebUtility.HtmlDecode(code)));
        Assert.Contains("two-sum · python · Accepted", codePage);
        Assert.Contains(SubmissionClient.Reference("two-sum", "python").Trim().Split('\n')[0], codePage);
        var csv = await prof.GetStringAsync(WebUtility.HtmlDecode(results) + "?handler=Csv");
        Assert.Contains($"{Email("mia")},two-sum,yes,1,", csv);
        Assert.Contains($"{Email("mia")},valid-parentheses,no,1,", csv);

        // Mia sees her own standing, not the results; Ned (not in it) and the other instructor see nothing of it.
        Assert.Contains("solved 1 of 6", await mia.GetStringAsync("/cohorts"));
        Assert.Equal(HttpStatusCode.NotFound, (await mia.GetAsync(WebUtility.HtmlDecode(results))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mia.GetAsync(WebUtility.HtmlDecode(code))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mia.GetAsync(cohortPage)).StatusCode);
        Assert.DoesNotContain("blind-start", await ned.GetStringAsync("/cohorts"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherProf.GetAsync(cohortPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProf.GetAsync(WebUtility.HtmlDecode(results))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProf.GetAsync(WebUtility.HtmlDecode(code))).StatusCode);
    }

    private static async Task<HttpClient> SignedInAsync(TestApp app, string email)
    {
        var browser = Forms.Browser(app);
        // Long enough for a verdict from a cold judge on two busy cores.
        browser.Timeout = TimeSpan.FromSeconds(120);
        await Forms.LogInAsync(browser, email, AccountsTests.Password);
        return browser;
    }

    [GeneratedRegex("id=\"invite-url\" href=\"[^\"]*/cohorts/join/([^\"]+)\"")]
    private static partial Regex Invite();

    [GeneratedRegex("href=\"(/cohorts/[0-9a-f-]+/assignments/[0-9a-f-]+)\"")]
    private static partial Regex Results();

    [GeneratedRegex("href=\"(/cohorts/[0-9a-f-]+/submissions/[0-9a-f-]+)\"")]
    private static partial Regex CodeLink();
}
