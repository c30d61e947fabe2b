using InterviewPractice.Judging;
using InterviewPractice.Problems.Loading;
using InterviewPractice.Validation;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>The validator catches problems whose solutions do not behave as their folders claim.</summary>
[Collection(JudgeCollection.Name)]
public sealed class ProblemValidatorTests(JudgeApp judge) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ip-validate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<ValidationReport> ValidateAsync(string file, string code)
    {
        var dir = Path.Combine(_root, "two-sum");
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.Problems, "two-sum"), "*", SearchOption.AllDirectories)
                     .Where(p => !p.Contains("time_limit", StringComparison.Ordinal)))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(Path.Combine(TestPaths.Problems, "two-sum"), path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
        var extra = Path.Combine(dir, file);
        Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        File.WriteAllText(extra, code);
        var problem = ProblemLoader.Load(_root, "two-sum").Problem!;
        return await new ProblemValidator(judge.App.Services.GetRequiredService<Judge>()).ValidateAsync(problem, CancellationToken.None);
    }

    [Theory]
    [InlineData(InterviewPractice.Problems.ProblemKind.Code)]
    [InlineData(InterviewPractice.Problems.ProblemKind.Concept)]
    public async Task AScaffoldedProblemValidatesAsItIsWithNothingToWarnOf(InterviewPractice.Problems.ProblemKind kind)
    {
        var (files, error) = InterviewPractice.Problems.Authoring.Scaffold.Create(_root, "fresh", kind);
        Assert.Null(error);
        Assert.Contains("fresh/problem.md", files);
        var loaded = ProblemLoader.Load(_root, "fresh");
        Assert.Empty(loaded.Errors);

        var report = await new ProblemValidator(judge.App.Services.GetRequiredService<Judge>()).ValidateAsync(loaded.Problem!, CancellationToken.None);

        Assert.All(report.Findings, f => Assert.Equal(Severity.Ok, f.Severity));
        if (kind == InterviewPractice.Problems.ProblemKind.Code)
        {
            Assert.Contains(report.Findings, f => f.Message == "fresh/solutions/wrong_answer/int_sum.cs gets WrongAnswer on hidden case 3 (large-values)");
            Assert.Contains(report.Findings, f => f.Message == "all 5 cases keep to the constraints (tests/validate.js)");
        }
        Assert.Equal($"{_root}/fresh already exists", InterviewPractice.Problems.Authoring.Scaffold.Create(_root, "fresh", kind).Error);
    }

    [Fact]
    public async Task WrongAnswerSolutionThatPassesIsAnError()
    {
        var report = await ValidateAsync("solutions/wrong_answer/actually_right.py", SubmissionClient.Reference("two-sum", "python"));

        var error = Assert.Single(report.Findings, f => f.Severity == Severity.Error);
        Assert.Equal("two-sum/solutions/wrong_answer/actually_right.py must get WrongAnswer on some hidden case, but got Accepted", error.Message);
    }

    [Fact]
    public async Task TooSlowSolutionThatIsFastIsAnError()
    {
        var report = await ValidateAsync("solutions/time_limit/fast.js", SubmissionClient.Reference("two-sum", "javascript"));

        var error = Assert.Single(report.Findings, f => f.Severity == Severity.Error);
        Assert.StartsWith("two-sum/solutions/time_limit/fast.js must get TimeLimitExceeded on some hidden case even with 1500 ms, but got Accepted", error.Message);
    }
}
