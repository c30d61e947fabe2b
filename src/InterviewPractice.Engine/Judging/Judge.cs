using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;

namespace InterviewPractice.Judging;

/// <summary>
/// Judges a submission: runs it in the sandbox, compares every output with the expected one here (outside the
/// sandbox) and decides the verdict. Hidden cases come back as index and verdict only.
/// </summary>
public sealed class Judge(SubmissionRunner runner)
{
    private sealed record PlannedCase(TestKind Kind, string? Name, JsonNode Input, JsonNode? Expected);

    /// <summary>Judges <paramref name="request"/>; <paramref name="progress"/> hears each test as it finishes.</summary>
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

        var results = new List<TestResult>();
        RunOutcome? referenceOutcome = null;
        var run = await runner.RunAsync(problem, request.Language, request.Code, [.. planned.Select(p => p.Input)], (i, outcome) =>
        {
            var result = Grade(problem, i, planned[i], outcome, referenceOutcome);
            if (result is null)
            {
                // A custom case waits for the reference; it is graded when both are in.
                return true;
            }
            results.Add(result);
            progress?.Invoke(result);
            return request.Mode == JudgeMode.Run ? outcome.Failure is null : result.Verdict == Verdict.Accepted;
        }, ct);

        if (reference is not null)
        {
            referenceOutcome = await reference;
            for (var i = results.Count; i < run.Cases.Count; i++)
            {
                var result = Grade(problem, i, planned[i], run.Cases[i], referenceOutcome)!;
                results.Add(result);
                progress?.Invoke(result);
            }
        }

        if (run.Failure is { } failure)
        {
            return new JudgeResult(failure, 0, planned.Count, [], failure == Verdict.CompilationError ? run.Output : null, 0, null, failure == Verdict.CompilationError ? null : run.Output);
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

    private static TestResult? Grade(Problem problem, int index, PlannedCase planned, CaseOutcome outcome, RunOutcome? reference)
    {
        var expected = planned.Expected;
        string? referenceProblem = null;
        if (planned.Kind == TestKind.Custom)
        {
            if (reference is null)
            {
                return null;
            }
            var customIndex = index - (problem.Samples.Length);
            var refCase = customIndex < reference.Cases.Count ? reference.Cases[customIndex] : null;
            expected = refCase?.Failure is null ? refCase?.Value : null;
            if (expected is null)
            {
                referenceProblem = refCase is null
                    ? "The reference solution could not run on this input."
                    : $"The reference solution fails on this input ({refCase.Failure}): check it meets the constraints.";
            }
        }
        var verdict = outcome.Failure
            ?? (expected is null ? Verdict.WrongAnswer : Checker.Accepts(problem.Checker, problem.Io, expected, outcome.Value) ? Verdict.Accepted : Verdict.WrongAnswer);
        if (planned.Kind == TestKind.Hidden)
        {
            return new TestResult(index, TestKind.Hidden, verdict, outcome.TimeMs, outcome.MemoryKb);
        }
        return new TestResult(index, planned.Kind, verdict, outcome.TimeMs, outcome.MemoryKb,
            planned.Name, planned.Input.DeepClone(), expected?.DeepClone(), outcome.Value?.DeepClone(), outcome.Stdout,
            outcome.Message ?? referenceProblem);
    }
}
