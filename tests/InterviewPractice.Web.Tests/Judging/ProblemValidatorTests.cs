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
    public async Task NullableValuesAndCharsTravelBothWaysInEveryLanguage()
    {
        var files = new Dictionary<string, string>
        {
            ["problem.md"] = """
                ---
                title: Marks
                kind: code
                difficulty: easy
                signature:
                  function: mark
                  params:
                    - {name: vals, type: "int?[]"}
                    - {name: c, type: char}
                    - {name: limit, type: "long?"}
                  returns: "char?[]"
                ---
                Each null stays null; a value above `limit` (when there is one) becomes `c`, any other `-`.
                """,
            ["tests/sample.yaml"] = "- name: s\n  in: {vals: [1, null, 5], c: x, limit: 3}\n  out: ['-', null, x]\n",
            ["tests/hidden.yaml"] = "- name: a\n  in: {vals: [], c: a, limit: null}\n  out: []\n- name: b\n  in: {vals: [null, -7], c: 'z', limit: null}\n  out: [null, z]\n- name: c\n  in: {vals: [4, 5], c: q, limit: 4}\n  out: ['-', q]\n",
            ["tests/validate.js"] = "function validate({ vals, c }) { assert(vals.length <= 10 && c.length === 1, 'small'); }\n",
            ["solutions/accepted/ref.py"] = "class Solution:\n    def mark(self, vals, c, limit):\n        return [None if v is None else (c if limit is None or v > limit else '-') for v in vals]\n",
            ["solutions/accepted/ref.js"] = "var mark = function(vals, c, limit) {\n    return vals.map(v => v === null ? null : (limit === null || v > limit ? c : '-'));\n};\n",
            ["solutions/accepted/ref.cs"] = "public class Solution {\n    public char?[] Mark(int?[] vals, char c, long? limit) =>\n        vals.Select(v => v is null ? (char?)null : (limit is null || v > limit ? c : '-')).ToArray();\n}\n",
            // Treats a null limit as 0: right whenever a limit is given, or every value is positive.
            ["solutions/wrong_answer/null_limit_is_zero.js"] = "var mark = function(vals, c, limit) {\n    return vals.map(v => v === null ? null : (v > (limit ?? 0) ? c : '-'));\n};\n",
        };
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(_root, "marks", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        var loaded = ProblemLoader.Load(_root, "marks");
        Assert.Empty(loaded.Errors);

        var report = await new ProblemValidator(judge.App.Services.GetRequiredService<Judge>()).ValidateAsync(loaded.Problem!, CancellationToken.None);

        Assert.All(report.Findings, f => Assert.Equal(Severity.Ok, f.Severity));
        Assert.All(["cs", "js", "py"], ext => Assert.Contains(report.Findings, f => f.Message.StartsWith($"marks/solutions/accepted/ref.{ext} passes 1 samples and 3 hidden cases", StringComparison.Ordinal)));
        Assert.Contains(report.Findings, f => f.Message == "marks/solutions/wrong_answer/null_limit_is_zero.js gets WrongAnswer on hidden case 2 (b)");
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
