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
