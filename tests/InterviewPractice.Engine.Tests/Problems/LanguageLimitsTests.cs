using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;
using InterviewPractice.Validation;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>Time limits per language: read from problem.md, applied per run, and checked per language by validate.</summary>
public sealed class LanguageLimitsTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemLoadResult LoadWithLimits(string limits) =>
        ProblemLoader.Load(_temp.AddValid("p", new Dictionary<string, string?>
        {
            ["problem.md"] = TempProblems.ValidStatement.Replace("tags: [math]", "tags: [math]\n" + limits, StringComparison.Ordinal),
        }).Root, "p");

    [Fact]
    public void ATimeLimitPerLanguageIsReadAndEachRunKeepsToItsOwn()
    {
        var result = LoadWithLimits("limits: {time_ms: {csharp: 200, javascript: 300, python: 1500}, memory_mb: 128}");
        Assert.Empty(result.Errors);
        var limits = result.Problem!.Limits;
        Assert.Equal(1500, limits.TimeMs);
        Assert.Equal(200, limits.TimeFor(Language.CSharp));
        Assert.Equal(300, limits.TimeFor(Language.JavaScript));
        Assert.Equal(new Limits(300, 128), limits.For(Language.JavaScript));
        Assert.NotEqual(LoadWithLimits("limits: {time_ms: {csharp: 200, javascript: 400, python: 1500}, memory_mb: 128}").Problem!.TestsVersion,
            result.Problem.TestsVersion);
        // One number is one limit for every language, as before.
        Assert.Equal(700, LoadWithLimits("limits: {time_ms: 700}").Problem!.Limits.TimeFor(Language.Python));
    }

    [Fact]
    public void ALimitPerLanguageMustGiveEveryLanguageAndOnlyThem()
    {
        var missing = Assert.Single(LoadWithLimits("limits: {time_ms: {csharp: 200, python: 1500}}").Errors);
        Assert.Equal("'time_ms' by language has no limit for javascript: give every language of the problem (csharp, javascript, python)", missing.Message);
        Assert.Contains("unknown key 'rust'", Assert.Single(LoadWithLimits("limits: {time_ms: {csharp: 200, javascript: 300, python: 1500, rust: 10}}").Errors).Message);
        Assert.Contains("from 50 to 20000", Assert.Single(LoadWithLimits("limits: {time_ms: {csharp: 20, javascript: 300, python: 1500}}").Errors).Message);
    }

    [Fact]
    public void ValidateChecksEachLanguagesLimitAgainstItsOwnSolutionsAndNamesLanguagesNoSlowSolutionCovers()
    {
        _temp.Write("p/solutions/time_limit/slow.py", "class Solution:\n    def addTwo(self, a, b):\n        return a + b\n");
        var problem = LoadWithLimits("limits: {time_ms: {csharp: 100, javascript: 300, python: 1500}}").Problem!;
        var findings = new List<Finding>();
        ProblemValidator.CheckTimeLimits(problem, [(Language.CSharp, 80), (Language.JavaScript, 120), (Language.Python, 40)], findings);
        Assert.Equal(
        [
            "Error: csharp time limit 100 ms is too tight: the slowest accepted csharp solution takes 80 ms, and 2x that must fit (at least 200 ms)",
            "Ok: javascript time limit 300 ms fits: slowest accepted 120 ms x 2 <= 300 ms (the rule allows from 250 ms)",
            "Ok: python time limit 1500 ms fits: slowest accepted 40 ms x 2 <= 1500 ms (the rule allows from 100 ms)",
            "Warning: time_limit/ has no csharp or javascript solution: nothing shows that a too-slow solution in those languages fails",
        ], findings.Select(f => $"{f.Severity}: {f.Message}"));
    }
}
