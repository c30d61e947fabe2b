using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Accounts;

/// <summary>
/// A signed-in student's submissions are theirs: the catalog marks what they solved and what they only tried, and
/// filters by it; a visitor sees no marks, and nobody sees another account's.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed partial class ProgressTests(JudgeApp judge)
{
    [Fact]
    public async Task TheCatalogMarksWhatYouSolvedAndTriedAndFiltersByIt()
    {
        var email = $"eli-{Guid.NewGuid():N}@example.org";
        await AccountsTests.AddAsync(judge.App, email);
        using var eli = Forms.Browser(judge.App);
        eli.Timeout = TimeSpan.FromSeconds(120);
        await Forms.LogInAsync(eli, email, AccountsTests.Password);

        var solved = await SubmissionClient.JudgeAsync(eli, "two-sum", "python", SubmissionClient.Reference("two-sum", "python"));
        Assert.Equal("Accepted", (string?)solved["verdict"]);
        var tried = await SubmissionClient.JudgeAsync(eli, "valid-parentheses", "python", "class Solution:\n    def isValid(self, s):\n        return True\n");
        Assert.NotEqual("Accepted", (string?)tried["verdict"]);

        var marks = Marks(await eli.GetStringAsync("/problems"));
        Assert.Equal("Solved", marks["two-sum"]);
        Assert.Equal("Attempted", marks["valid-parentheses"]);
        Assert.Equal("New", marks["trapping-rain-water"]);
        Assert.Equal(["two-sum"], Marks(await eli.GetStringAsync("/problems?status=solved")).Keys);
        Assert.Equal(["valid-parentheses"], Marks(await eli.GetStringAsync("/problems?status=attempted")).Keys);
        Assert.DoesNotContain("two-sum", Marks(await eli.GetStringAsync("/problems?status=unsolved")).Keys);
        // Filters combine: the set's problems she has not solved yet, easiest first.
        Assert.Equal(["valid-parentheses", "course-order", "merge-intervals", "range-sum-queries", "trapping-rain-water"],
            Marks(await eli.GetStringAsync("/problems?set=blind-start&status=unsolved")).Keys);

        // The sets count what you solved, and list your standing per problem.
        Assert.Matches("data-solved=\"1\">[^<]*<progress max=\"\\d+\" value=\"1\"></progress>\\s*You solved 1 of", await eli.GetStringAsync("/sets"));
        Assert.Equal("Solved", Marks(await eli.GetStringAsync("/sets/blind-start"))["two-sum"]);

        // The problem page lists your submissions with their code and verdicts; so does the API.
        var twoSum = await eli.GetStringAsync("/problems/two-sum");
        Assert.Contains("Your submissions", twoSum);
        Assert.Contains("data-verdict=\"Accepted\"", twoSum);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SubmissionClient.Reference("two-sum", "python").Split('\n')[0]), twoSum);
        var mine = (await eli.GetFromJsonAsync<JsonArray>("/api/me/submissions?problem=valid-parentheses"))!;
        Assert.Equal((string?)tried["id"], (string?)Assert.Single(mine)!["id"]);
        Assert.Contains("return True", (string?)mine[0]!["code"]);

        // The progress page adds it up: one solved, one of two submissions accepted, a streak of today.
        var progress = await eli.GetStringAsync("/me");
        Assert.Contains("Solved 1 of", progress);
        Assert.Contains("50% of 2 submissions accepted", progress);
        Assert.Contains("streak 1 day", progress);
        Assert.Matches("(?s)data-difficulty=\"Easy\">.*?</progress> 1 of \\d+", progress);
        Assert.Matches($"data-day=\"{DateTime.UtcNow:yyyy-MM-dd}\" data-count=\"2\"", progress);
        Assert.Contains("Two Sum", System.Net.WebUtility.HtmlDecode(Regex.Match(progress, "data-points=\"([^\"]*)\"").Groups[1].Value));
        Assert.Contains("data-next=", progress);

        // Another account, and a visitor, see none of it.
        var other = $"fay-{Guid.NewGuid():N}@example.org";
        await AccountsTests.AddAsync(judge.App, other);
        using var fay = Forms.Browser(judge.App);
        await Forms.LogInAsync(fay, other, AccountsTests.Password);
        Assert.All(Marks(await fay.GetStringAsync("/problems")).Values, mark => Assert.Equal("New", mark));
        using var visitor = judge.App.CreateClient();
        Assert.Empty(Marks(await visitor.GetStringAsync("/problems")));
        Assert.DoesNotContain("You solved", await visitor.GetStringAsync("/sets"));
        Assert.DoesNotContain("Your submissions", await visitor.GetStringAsync("/problems/two-sum"));
        Assert.DoesNotContain("data-verdict", await fay.GetStringAsync("/problems/two-sum"));
        Assert.Empty((await fay.GetFromJsonAsync<JsonArray>("/api/me/submissions?problem=two-sum"))!);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/me/submissions?problem=two-sum")).StatusCode);
        Assert.Contains("Solved 0 of", await fay.GetStringAsync("/me"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Forms.Browser(judge.App).GetAsync("/me")).StatusCode);
    }

    // Each row's problem and its data-status (rows without one are left out: a visitor's page).
    private static Dictionary<string, string> Marks(string page) =>
        Row().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [GeneratedRegex("href=\"/problems/([a-z0-9-]+)\">[^<]*</a>\\s*<span class=\"status[^\"]*\" data-status=\"(\\w+)\"")]
    private static partial Regex Row();
}
