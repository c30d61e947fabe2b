using System.Net;
using System.Text.RegularExpressions;
using InterviewPractice.Problems;
using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>
/// An author adds a hidden case that a student's accepted solution gets wrong: the instructor's results page says
/// the tests changed, re-judges the assignment's accepted submissions on the real judge, and shows whose verdict
/// changed; the student's standing follows the new verdict.
/// </summary>
public sealed partial class RejudgeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ip-rejudge-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Accepted on two-sum's tests, wrong for one target no case has: the gap a new case closes.
    private const string HoleySolution = """
        class Solution:
            def twoSum(self, nums, target):
                if target == 123456:
                    return [0, 0]
                seen = {}
                for i, x in enumerate(nums):
                    if target - x in seen:
                        return [seen[target - x], i]
                    seen[x] = i
                return []
        """;

    [Fact]
    public async Task ChangedTestsRejudgeAcceptedSubmissionsAndTheResultsShowWhoseVerdictChanged()
    {
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Problems, "two-sum"), Path.Combine(_root, "two-sum"));
        Directory.CreateDirectory(Path.Combine(_root, "sets"));
        File.WriteAllText(Path.Combine(_root, "sets", "pairs.yaml"), "title: Pairs\ndescription: One problem.\nproblems: [two-sum]\n");
        using var app = new TestApp(_root, new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0" });
        await app.WaitForJudgeAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Email(string who) => $"{who}-{tag}@example.org";
        Assert.Null(await AccountsSetup.AddUserAsync(app.Services, Email("prof"), AccountRoles.Instructor, AccountsTests.Password, CancellationToken.None));
        await AccountsTests.AddAsync(app, Email("mia"));
        await AccountsTests.AddAsync(app, Email("ned"));
        using var prof = await CohortTests.SignedInAsync(app, Email("prof"));
        using var mia = await CohortTests.SignedInAsync(app, Email("mia"));
        using var ned = await CohortTests.SignedInAsync(app, Email("ned"));
        var (cohortPage, invite) = await CohortTests.NewCohortAsync(prof, "Pairs " + tag);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(mia, $"/cohorts/join/{invite}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(ned, $"/cohorts/join/{invite}", [])).StatusCode);
        var deadline = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect,
            (await Forms.PostAsync(prof, $"{cohortPage}?handler=Assign", new() { ["Set"] = "pairs", ["Deadline"] = deadline }, cohortPage)).StatusCode);
        var results = await CohortTests.ResultsPageAsync(prof, cohortPage);

        // Both are accepted on today's tests: Mia with a sound solution, Ned with one that has a hole.
        var miaSubmission = await SubmissionClient.JudgeAsync(mia, "two-sum", "python", SubmissionClient.Reference("two-sum", "python"));
        var nedSubmission = await SubmissionClient.JudgeAsync(ned, "two-sum", "python", HoleySolution);
        Assert.Equal("Accepted", (string?)miaSubmission["verdict"]);
        Assert.Equal("Accepted", (string?)nedSubmission["verdict"]);
        var before = await prof.GetStringAsync(results);
        Assert.DoesNotContain("id=\"stale\"", before);
        Assert.Equal(2, SolvedCells().Matches(before).Count);

        // The author adds the case; the catalog reloads the problem.
        var hidden = Path.Combine(_root, "two-sum", "tests", "hidden.yaml");
        File.AppendAllText(hidden, "- name: odd-target\n  in: {nums: [123450, 1, 6], target: 123456}\n  out: [0, 2]\n");
        var catalog = app.Services.GetRequiredService<ProblemCatalog>();
        var version = catalog.Current.Problems["two-sum"].TestsVersion;
        catalog.Reload("two-sum");
        Assert.NotEqual(version, catalog.Current.Problems["two-sum"].TestsVersion);

        // The page says so, and a student cannot re-judge.
        var stale = WebUtility.HtmlDecode(await prof.GetStringAsync(results));
        Assert.Contains("Tests changed after 2 accepted submissions here were judged (Two Sum: 2)", stale);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(mia, $"{results}?handler=Rejudge", [], "/cohorts")).StatusCode);
        var rejudge = await Forms.PostAsync(prof, $"{results}?handler=Rejudge", [], results);
        Assert.Equal(HttpStatusCode.Redirect, rejudge.StatusCode);
        Assert.Contains("2 submissions queued to be judged again", await prof.GetStringAsync(results));

        // Both verdicts come back; Ned's changed, Mia's did not.
        Assert.Equal("Accepted", (string?)(await SubmissionClient.WaitAsync(mia, (string)miaSubmission["id"]!))["verdict"]);
        Assert.Equal("WrongAnswer", (string?)(await SubmissionClient.WaitAsync(ned, (string)nedSubmission["id"]!))["verdict"]);
        var after = WebUtility.HtmlDecode(await prof.GetStringAsync(results));
        Assert.DoesNotContain("id=\"stale\"", after);
        Assert.Contains("1 verdict changed of 2 re-judged.", after);
        Assert.Matches($"(?s)<tr data-student=\"{Regex.Escape(Email("ned"))}\" data-problem=\"two-sum\" data-changed=\"true\">.*?Accepted.*?Wrong Answer", after);
        Assert.Matches($"<tr data-student=\"{Regex.Escape(Email("mia"))}\" data-problem=\"two-sum\" data-changed=\"false\">", after);
        Assert.Matches($"(?s)data-student=\"{Regex.Escape(Email("ned"))}\".*?data-problem=\"two-sum\" data-solved=\"false\" data-rejudged=\"changed\"", after);
        Assert.Contains("solved 0 of 1", await ned.GetStringAsync("/cohorts"));
        Assert.Contains("solved 1 of 1", await mia.GetStringAsync("/cohorts"));
        // Judged on the current tests now: nothing is stale, a second re-judge queues nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(prof, $"{results}?handler=Rejudge", [], results)).StatusCode);
        Assert.Contains("0 submissions queued", await prof.GetStringAsync(results));
    }

    [GeneratedRegex("data-solved=\"true\"")]
    private static partial Regex SolvedCells();
}
