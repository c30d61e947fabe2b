using System.Text.Json.Nodes;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;

namespace InterviewPractice.Judging;

/// <summary>
/// Judges a submission: runs it in the sandbox, compares every output with the expected one outside the
/// sandbox and decides the verdict. Hidden cases come back as index and verdict only.
/// </summary>
public sealed class Judge(SubmissionRunner runner, CustomChecker customChecker)
{
    private sealed record PlannedCase(TestKind Kind, string? Name, JsonNode Input, JsonNode? Expected);

    /// <summary>Judges <paramref name="request"/>; <paramref name="progress"/> hears each test as it is graded.</summary>
    public async Task<JudgeResult> JudgeAsync(JudgeRequest request, Action<TestResult>? progress, CancellationToken ct)
    {
        try
        {
            return await JudgeCoreAsync(request, progress, ct);
        }
        catch (Exception e) when (e is DockerException or HttpRequestException or IOException or System.Net.Sockets.SocketException)
        {
            return new JudgeResult(Verdict.InternalError, 0, 0, [], null, 0, null, $"The judge could not run this submission ({e.Message}). It is not your code's fault; try again.");
        }
    }

    private async Task<JudgeResult> JudgeCoreAsync(JudgeRequest request, Action<TestResult>? progress, CancellationToken ct)
    {
        var problem = request.Problem;
        var planned = request.Mode == JudgeMode.Submit
            ? problem.Hidden.Select(c => new PlannedCase(TestKind.Hidden, null, c.Input, c.Output)).ToList()
            : problem.Samples.Select(c => new PlannedCase(TestKind.Sample, c.Name, c.Input, c.Output)).ToList();

        // A custom input's expected output is whatever the accepted reference solution returns for it, computed
        // in the sandbox alongside the user's run.
        Task<RunOutcome>? reference = null;
        if (request.Mode == JudgeMode.Run && request.CustomInputs.Length > 0)
        {
            var solution = problem.Reference(request.Language) ?? problem.Solutions.First(s => s.Expected == ExpectedOutcome.Accepted);
            reference = runner.RunAsync(problem, solution.Language, solution.Code, request.CustomInputs, (_, _) => true, ct);
            planned.AddRange(request.CustomInputs.Select((input, i) => new PlannedCase(TestKind.Custom, $"custom {i + 1}", input, null)));
        }

        // Built-in checkers grade each case as it finishes (live progress, and a submit stops at the first
        // failure). A custom checker, or a custom input's missing expected output, means grading after the run.
        var custom = problem.Checker.Kind == CheckerKind.Custom;
        var results = new List<TestResult>();
        var run = await runner.RunAsync(problem, request.Language, request.Code, [.. planned.Select(p => p.Input)], (i, outcome) =>
        {
            if (custom || planned[i].Kind == TestKind.Custom || results.Count < i)
            {
                return outcome.Failure is null;
            }
            var result = Grade(i, planned[i], outcome, planned[i].Expected, Check(problem, planned[i].Expected!, outcome.Value));
            Report(results, result, progress);
            return request.Mode == JudgeMode.Run ? outcome.Failure is null : result.Verdict == Verdict.Accepted;
        }, ct);

        if (run.Failure is { } failure)
        {
            return new JudgeResult(failure, 0, planned.Count, [], failure == Verdict.CompilationError ? run.Output : null, 0, null, failure == Verdict.CompilationError ? null : run.Output);
        }

        if (results.Count < run.Cases.Count)
        {
            await GradeRestAsync(problem, planned, run, reference, results, progress, ct);
        }
        if (request.Mode == JudgeMode.Submit && results.FindIndex(r => r.Verdict != Verdict.Accepted) is var first and >= 0)
        {
            // A submit reports up to its first failure, graded live or not.
            results.RemoveRange(first + 1, results.Count - first - 1);
        }
        var firstFailure = results.FirstOrDefault(r => r.Verdict != Verdict.Accepted);
        return new JudgeResult(
            firstFailure?.Verdict ?? (results.Count == planned.Count ? Verdict.Accepted : Verdict.InternalError),
            results.Count(r => r.Verdict == Verdict.Accepted),
            planned.Count,
            [.. results],
            null,
            results.Count == 0 ? 0 : results.Max(r => r.TimeMs),
            results.Max(r => r.MemoryKb),
            null);
    }

    /// <summary>Grades the cases left after the run: custom inputs (against the reference) and custom checkers.</summary>
    private async Task GradeRestAsync(Problem problem, List<PlannedCase> planned, RunOutcome run, Task<RunOutcome>? reference, List<TestResult> results, Action<TestResult>? progress, CancellationToken ct)
    {
        var referenceOutcome = reference is null ? null : await reference;
        var firstCustom = planned.FindIndex(p => p.Kind == TestKind.Custom);
        var expected = new JsonNode?[run.Cases.Count];
        var notes = new string?[run.Cases.Count];
        for (var i = results.Count; i < run.Cases.Count; i++)
        {
            expected[i] = planned[i].Expected;
            if (planned[i].Kind == TestKind.Custom)
            {
                var refCase = referenceOutcome?.Cases.ElementAtOrDefault(i - firstCustom);
                expected[i] = refCase?.Failure is null ? refCase?.Value : null;
                notes[i] = refCase is null
                    ? "The reference solution could not run on this input."
                    : refCase.Failure is { } refFailure ? $"The reference solution fails on this input ({refFailure}): check it meets the constraints." : null;
            }
        }

        var toCheck = Enumerable.Range(results.Count, run.Cases.Count - results.Count)
            .Where(i => run.Cases[i].Failure is null && expected[i] is not null).ToList();
        var verdicts = new Dictionary<int, (bool Ok, string? Message)>();
        if (problem.Checker.Kind == CheckerKind.Custom)
        {
            var checks = await customChecker.CheckAsync(problem, [.. toCheck.Select(i => new CustomChecker.Case(planned[i].Input, expected[i]!, run.Cases[i].Value))], ct);
            for (var k = 0; k < toCheck.Count; k++)
            {
                verdicts[toCheck[k]] = checks[k];
            }
        }
        else
        {
            toCheck.ForEach(i => verdicts[i] = Check(problem, expected[i]!, run.Cases[i].Value));
        }

        for (var i = results.Count; i < run.Cases.Count; i++)
        {
            var check = verdicts.TryGetValue(i, out var v) ? v : (false, notes[i]);
            Report(results, Grade(i, planned[i], run.Cases[i], expected[i], check), progress);
        }
    }

    private static (bool Ok, string? Message) Check(Problem problem, JsonNode expected, JsonNode? actual) =>
        (Checker.Accepts(problem.Checker, problem.Io, expected, actual), null);

    private static void Report(List<TestResult> results, TestResult result, Action<TestResult>? progress)
    {
        results.Add(result);
        progress?.Invoke(result);
    }

    private static TestResult Grade(int index, PlannedCase planned, CaseOutcome outcome, JsonNode? expected, (bool Ok, string? Message) check)
    {
        var verdict = outcome.Failure ?? (check.Ok ? Verdict.Accepted : Verdict.WrongAnswer);
        if (planned.Kind == TestKind.Hidden)
        {
            return new TestResult(index, TestKind.Hidden, verdict, outcome.TimeMs, outcome.MemoryKb);
        }
        return new TestResult(index, planned.Kind, verdict, outcome.TimeMs, outcome.MemoryKb,
            planned.Name, planned.Input.DeepClone(), expected?.DeepClone(), outcome.Value?.DeepClone(), outcome.Stdout,
            outcome.Message ?? (verdict == Verdict.Accepted ? null : check.Message));
    }
}
