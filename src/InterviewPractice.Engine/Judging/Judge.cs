using System.Text.Json.Nodes;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>
/// Judges a submission: runs it in the sandbox, compares every output with the expected one outside the
/// sandbox and decides the verdict. Hidden cases come back as index and verdict only; what visible cases show of
/// values and printed output is bounded (<see cref="ShownResults"/>).
/// </summary>
public sealed class Judge(SubmissionRunner runner, CustomChecker customChecker, JudgeStatus status, IOptions<JudgeOptions> options)
{
    private readonly JudgeOptions _options = options.Value;

    private sealed record PlannedCase(TestKind Kind, string? Name, JsonNode Input, JsonNode? Expected);

    /// <summary>
    /// The longest judging <paramref name="request"/> may take: compile, load, every case's wall limit, the
    /// problem's checker, and slack. Past it the judging is stopped and its containers removed.
    /// </summary>
    public TimeSpan Budget(JudgeRequest request)
    {
        var problem = request.Problem;
        var cases = request.Mode == JudgeMode.Submit ? problem.Hidden.Length : problem.Samples.Length + request.CustomInputs.Length;
        var wall = TimeSpan.FromMilliseconds(problem.Limits.TimeFor(request.Language)) * _options.WallFactor + _options.WallSlack;
        var budget = _options.LoadTimeout + wall * cases + _options.SubmissionSlack;
        if (request.Language == Language.CSharp)
        {
            budget += _options.CompilerWaitTimeout + _options.CompileTimeout;
        }
        if (problem.Checker.Script is not null)
        {
            // checker.js, at most its wall-time backstop per case.
            budget += InterviewPractice.Problems.Scripts.ScriptLimits.Checker.Timeout * cases;
        }
        if (problem.Checker.InSandbox)
        {
            budget += _options.LoadTimeout + (TimeSpan.FromSeconds(5) * _options.WallFactor + _options.WallSlack) * cases;
        }
        return budget;
    }

    /// <summary>Judges <paramref name="request"/>; <paramref name="progress"/> hears each test as it is graded.</summary>
    public async Task<JudgeResult> JudgeAsync(JudgeRequest request, Action<TestResult>? progress, CancellationToken ct)
    {
        var epoch = status.Epoch;
        var budget = Budget(request);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(budget);
        try
        {
            var result = await JudgeCoreAsync(request, progress, deadline.Token);
            if (result.Verdict is not (Verdict.Accepted or Verdict.WrongAnswer or Verdict.CompilationError) && (status.Epoch != epoch || !status.Ready))
            {
                // The engine went away while this ran: a crash or a timeout then says nothing about the code.
                return Internal("The judge's container engine restarted while this submission ran.");
            }
            return result;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new JudgeResult(Verdict.TimeLimitExceeded, 0, 0, [], null, (int)budget.TotalMilliseconds, null,
                $"Judging this submission took longer than its whole budget ({budget.TotalSeconds:0} s) and was stopped.");
        }
        catch (Exception e) when (EngineFaults.Is(e))
        {
            if (EngineFaults.IsUnreachable(e))
            {
                status.EngineUnreachable(e.Message);
            }
            return Internal($"The judge could not run this submission ({e.Message}).");
        }
    }

    private static JudgeResult Internal(string message) =>
        new(Verdict.InternalError, 0, 0, [], null, 0, null, message + " It is not your code's fault; try again.");

    private async Task<JudgeResult> JudgeCoreAsync(JudgeRequest request, Action<TestResult>? progress, CancellationToken ct)
    {
        var problem = request.Problem;
        var planned = request.Mode == JudgeMode.Submit
            ? problem.Hidden.Select(c => c.Values()).Select(c => new PlannedCase(TestKind.Hidden, null, c.Input, c.Output)).ToList()
            : problem.Samples.Select(c => new PlannedCase(TestKind.Sample, c.Name, c.Input, c.Output)).ToList();

        // A custom input's expected output is whatever the accepted reference solution returns for it, computed
        // in the sandbox alongside the user's run, and stopped as soon as the user's run is over without it.
        using var referenceRun = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task<RunOutcome>? reference = null;
        if (request.Mode == JudgeMode.Run && request.CustomInputs.Length > 0)
        {
            var solution = problem.Reference(request.Language) ?? problem.Solutions.First(s => s.Expected == ExpectedOutcome.Accepted);
            reference = runner.RunAsync(problem, solution.Language, solution.Code, [.. request.CustomInputs.Select(i => new SubmissionRunner.Input(i))], (_, _) => true, referenceRun.Token);
            planned.AddRange(request.CustomInputs.Select((input, i) => new PlannedCase(TestKind.Custom, $"custom {i + 1}", input, null)));
        }
        try
        {
            return await RunAndGradeAsync(request, planned, reference, progress, ct);
        }
        finally
        {
            await referenceRun.CancelAsync();
            if (reference is not null)
            {
                // Observed, so its cancellation is not an unobserved fault; its containers are already removed.
                await reference.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }

    private async Task<JudgeResult> RunAndGradeAsync(JudgeRequest request, List<PlannedCase> planned, Task<RunOutcome>? reference, Action<TestResult>? progress, CancellationToken ct)
    {
        var problem = request.Problem;
        // Built-in checkers grade each case as it finishes (live progress, and a submit stops at the first
        // failure), and so does a checker.js. A checker.py, or a custom input's missing expected output, means grading after the run.
        var custom = problem.Checker.InSandbox;
        var shown = new ShownResults(_options);
        var results = new List<TestResult>();
        var inputs = planned.Select(p => new SubmissionRunner.Input(p.Input, p.Expected is null ? null : MaxAnswerBytes(p.Expected))).ToList();
        var run = await runner.RunAsync(problem, request.Language, request.Code, inputs, (i, outcome) =>
        {
            if (custom || planned[i].Kind == TestKind.Custom || results.Count < i)
            {
                return outcome.Failure is null;
            }
            var result = Grade(i, planned[i], outcome, planned[i].Expected, Check(problem, planned[i].Input, planned[i].Expected!, outcome.Value), shown);
            Report(results, result, progress);
            return request.Mode == JudgeMode.Run ? outcome.Failure is null : result.Verdict == Verdict.Accepted;
        }, ct, request.Client);

        if (run.Failure is { } failure)
        {
            return new JudgeResult(failure, 0, planned.Count, [], failure == Verdict.CompilationError ? run.Output : null, 0, null, failure == Verdict.CompilationError ? null : run.Output);
        }

        if (results.Count < run.Cases.Count)
        {
            await GradeRestAsync(problem, planned, run, reference, results, progress, shown, ct);
        }
        if (request.Mode == JudgeMode.Submit && results.FindIndex(r => r.Verdict != Verdict.Accepted) is var first and >= 0)
        {
            // A submit reports up to its first failure, graded live or not.
            results.RemoveRange(first + 1, results.Count - first - 1);
        }
        var firstFailure = results.FirstOrDefault(r => r.Verdict != Verdict.Accepted);
        var ran = run.Cases.Take(results.Count).ToList();
        return new JudgeResult(
            firstFailure?.Verdict ?? (results.Count == planned.Count ? Verdict.Accepted : Verdict.InternalError),
            results.Count(r => r.Verdict == Verdict.Accepted),
            planned.Count,
            [.. results],
            null,
            ran.Count == 0 ? 0 : ran.Max(c => c.TimeMs),
            ran.Max(c => c.MemoryKb),
            null);
    }

    // An answer several times the expected one's size (plus room for printed output) cannot be right.
    private int MaxAnswerBytes(JsonNode expected) =>
        (int)Math.Min(_options.MaxResultBytes, Math.Max(1024L * 1024, 4L * expected.ToJsonString().Length + 512 * 1024));

    /// <summary>Grades the cases left after the run: custom inputs (against the reference) and custom checkers.</summary>
    private async Task GradeRestAsync(Problem problem, List<PlannedCase> planned, RunOutcome run, Task<RunOutcome>? reference, List<TestResult> results, Action<TestResult>? progress, ShownResults shown, CancellationToken ct)
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
        if (problem.Checker.InSandbox)
        {
            var checks = await customChecker.CheckAsync(problem, [.. toCheck.Select(i => new CustomChecker.Case(planned[i].Input, expected[i]!, run.Cases[i].Value))], ct);
            for (var k = 0; k < toCheck.Count; k++)
            {
                verdicts[toCheck[k]] = checks[k];
            }
        }
        else
        {
            toCheck.ForEach(i => verdicts[i] = Check(problem, planned[i].Input, expected[i]!, run.Cases[i].Value));
        }

        for (var i = results.Count; i < run.Cases.Count; i++)
        {
            var check = verdicts.TryGetValue(i, out var v) ? v : (false, notes[i]);
            Report(results, Grade(i, planned[i], run.Cases[i], expected[i], check, shown), progress);
        }
    }

    private static (bool Ok, string? Message) Check(Problem problem, JsonNode input, JsonNode expected, JsonNode? actual) =>
        problem.Checker.Script is { } script
            ? ScriptChecker.Check(script, input, expected, actual)
            : (Checker.Accepts(problem.Checker, problem.Io, expected, actual), null);

    private static void Report(List<TestResult> results, TestResult result, Action<TestResult>? progress)
    {
        JudgeTelemetry.Graded(result);
        results.Add(result);
        progress?.Invoke(result);
    }

    private static TestResult Grade(int index, PlannedCase planned, CaseOutcome outcome, JsonNode? expected, (bool Ok, string? Message) check, ShownResults shown)
    {
        var verdict = outcome.Failure ?? (check.Ok ? Verdict.Accepted : Verdict.WrongAnswer);
        if (planned.Kind == TestKind.Hidden)
        {
            return new TestResult(index, TestKind.Hidden, verdict, null, null);
        }
        var message = outcome.Message ?? (verdict == Verdict.Accepted ? null : check.Message);
        return new TestResult(index, planned.Kind, verdict, outcome.TimeMs, outcome.MemoryKb,
            planned.Name, planned.Input.DeepClone(),
            planned.Kind == TestKind.Custom ? shown.Value(expected) : expected?.DeepClone(),
            shown.Value(outcome.Value), shown.Output(outcome.Stdout),
            shown.Note(message));
    }
}
