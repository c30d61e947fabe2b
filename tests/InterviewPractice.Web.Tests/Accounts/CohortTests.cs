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
        var (cohortPage, invite) = await NewCohortAsync(prof, "ML prep " + tag);
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

    [Fact]
    public async Task ATimedAssignmentCountsOnlyWhatAStudentDidWithinTheirOneAttempt()
    {
        var app = judge.App;
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Email(string who) => $"{who}-{tag}@example.org";
        Assert.Null(await AccountsSetup.AddUserAsync(app.Services, Email("prof"), AccountRoles.Instructor, AccountsTests.Password, CancellationToken.None));
        await AccountsTests.AddAsync(app, Email("mia"));
        await AccountsTests.AddAsync(app, Email("ned"));
        using var prof = await SignedInAsync(app, Email("prof"));
        using var mia = await SignedInAsync(app, Email("mia"));
        using var ned = await SignedInAsync(app, Email("ned"));
        var (cohortPage, invite) = await NewCohortAsync(prof, "Timed " + tag);
        foreach (var student in new[] { mia, ned })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(student, $"/cohorts/join/{invite}", [])).StatusCode);
        }

        // A time limit out of bounds is refused with the reason; 30 minutes is taken.
        var deadline = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-ddTHH:mm");
        var refused = await Forms.PostAsync(prof, $"{cohortPage}?handler=Assign", new() { ["Set"] = "blind-start", ["Deadline"] = deadline, ["Minutes"] = "2" }, cohortPage);
        Assert.Contains("between 5 and 600 minutes", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect,
            (await Forms.PostAsync(prof, $"{cohortPage}?handler=Assign", new() { ["Set"] = "blind-start", ["Deadline"] = deadline, ["Minutes"] = "30" }, cohortPage)).StatusCode);
        Assert.Contains("timed, 30 minutes", await prof.GetStringAsync(cohortPage));
        var results = WebUtility.HtmlDecode(Results().Match(await prof.GetStringAsync(cohortPage)).Groups[1].Value);

        // Mia solves two-sum before she starts: that does not count. She starts (once: a second start opens the same attempt).
        Assert.Equal("Accepted", (string?)(await SubmissionClient.JudgeAsync(mia, "two-sum", "python", SubmissionClient.Reference("two-sum", "python")))["verdict"]);
        var list = await mia.GetStringAsync("/cohorts");
        Assert.Contains("Start (30 minutes, once)", list);
        var assignment = Assignment().Match(list).Groups[1].Value;
        var start = await Forms.PostAsync(mia, $"/cohorts?handler=Start&assignment={assignment}", [], "/cohorts");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var attempt = start.Headers.Location!.OriginalString;
        Assert.Matches("^/assessments/[0-9a-f-]+$", attempt);
        Assert.Contains("continue your attempt", await mia.GetStringAsync("/cohorts"));
        Assert.Equal(attempt, (await Forms.PostAsync(mia, $"/cohorts?handler=Start&assignment={assignment}", [], "/cohorts")).Headers.Location!.OriginalString);
        // The attempt holds the set's problems in order, on the server's timer.
        var running = WebUtility.HtmlDecode(await mia.GetStringAsync(attempt));
        Assert.Contains("Timed " + tag + ": Blind start", running);

        // Within it she solves valid-parentheses, then finishes; what she solves after that does not count either.
        Assert.Equal("Accepted", (string?)(await SubmissionClient.JudgeAsync(mia, "valid-parentheses", "python", SubmissionClient.Reference("valid-parentheses", "python")))["verdict"]);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(mia, $"{attempt}?handler=Finish", [], attempt)).StatusCode);
        Assert.Equal("Accepted", (string?)(await SubmissionClient.JudgeAsync(mia, "merge-intervals", "python", SubmissionClient.Reference("merge-intervals", "python")))["verdict"]);
        Assert.Contains("your report", await mia.GetStringAsync("/cohorts"));

        var table = await prof.GetStringAsync(results);
        Assert.Matches($"(?s)data-student=\"{Regex.Escape(Email("mia"))}\".*?started .*?min used.*?data-problem=\"two-sum\" data-solved=\"false\".*?data-problem=\"valid-parentheses\" data-solved=\"true\".*?data-problem=\"merge-intervals\" data-solved=\"false\"", table);
        Assert.Matches($"(?s)data-student=\"{Regex.Escape(Email("ned"))}\".*?not started", table);
        Assert.Contains($"{Email("mia")},valid-parentheses,yes,1,", await prof.GetStringAsync(results + "?handler=Csv"));
        Assert.Contains($"{Email("mia")},two-sum,no,0,", await prof.GetStringAsync(results + "?handler=Csv"));
        // Her own list says the same: one of six solved within the attempt.
        Assert.Contains("solved 1 of 6", await mia.GetStringAsync("/cohorts"));
    }

    /// <summary>A cohort made on the page by the instructor: its page and invite token.</summary>
    internal static async Task<(string Page, string Invite)> NewCohortAsync(HttpClient instructor, string name)
    {
        var made = await Forms.PostAsync(instructor, "/cohorts", new() { ["Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = made.Headers.Location!.OriginalString;
        var invite = Invite().Match(await instructor.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(invite);
        return (page, invite);
    }

    /// <summary>The results page of the cohort's assignment (the first listed).</summary>
    internal static async Task<string> ResultsPageAsync(HttpClient instructor, string cohortPage) =>
        WebUtility.HtmlDecode(Results().Match(await instructor.GetStringAsync(cohortPage)).Groups[1].Value);

    internal static async Task<HttpClient> SignedInAsync(TestApp app, string email)
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
    internal static partial Regex CodeLink();

    [GeneratedRegex("data-assignment=\"([0-9a-f-]+)\"")]
    private static partial Regex Assignment();
}
