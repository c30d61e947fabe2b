using System.Net;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// Every hostile submission gets its expected verdict, leaves no container behind, leaves the server
/// answering, and the next honest submission in the same language is Accepted.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class HostileSubmissionTests(JudgeApp judge)
{
    public static TheoryData<HostileSubmissions.Hostile> Cases => [.. HostileSubmissions.All];

    [Fact]
    public void SuiteHasAtLeastSeventyHostileSubmissionsAcrossAllThreeLanguages()
    {
        Assert.True(HostileSubmissions.All.Count() >= 70, $"{HostileSubmissions.All.Count()} hostile submissions");
        Assert.Equal(["csharp", "javascript", "python"], HostileSubmissions.All.Select(h => h.Language).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileSubmissionGetsItsVerdictAndHarmsNothing(HostileSubmissions.Hostile hostile)
    {
        var result = await judge.JudgeAsync("two-sum", hostile.Language, hostile.Code);

        var verdict = (string?)result["verdict"];
        Assert.True(hostile.Verdicts.Contains(verdict), $"{hostile}: expected {string.Join(" or ", hostile.Verdicts)}, got {verdict}: {result.ToJsonString()}");
        Assert.Empty(await judge.LeftoverRunnersAsync());
        Assert.Equal(HttpStatusCode.OK, (await judge.Client.GetAsync("/health")).StatusCode);

        var honest = await judge.JudgeAsync("two-sum", hostile.Language, SubmissionClient.Reference("two-sum", hostile.Language));
        Assert.Equal("Accepted", (string?)honest["verdict"]);
    }
}
