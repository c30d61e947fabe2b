using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Protocol;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>One input's outcome in the sandbox, before any comparison with an expected value.</summary>
/// <param name="Failure">Set when the code did not produce a value: TLE, MLE, RE or OLE.</param>
public sealed record CaseOutcome(Verdict? Failure, JsonNode? Value, string? Stdout, string? Message, int TimeMs, long? MemoryKb);

/// <summary>A whole run: either the code never got to the tests (compile or load failure), or one outcome per input run.</summary>
public sealed record RunOutcome(Verdict? Failure, string? Output, IReadOnlyList<CaseOutcome> Cases);

/// <summary>
/// Runs code on inputs in one fresh runner container: compile (C#, in a compiler container), load, then one
/// test at a time. Every test's time is measured here, outside the container: wall clock from sending the input
/// to reading the answer, and CPU time from the container's cgroup.
/// </summary>
public sealed class SubmissionRunner(SandboxPool pool, CompilerPool compilers, CompileBudget budget, DockerClient docker, JudgeStatus status, IOptions<JudgeOptions> options)
{
    private readonly JudgeOptions _options = options.Value;

    /// <summary>One input to run, and the most its answer line may hold before it is not read any further.</summary>
    /// <param name="MaxBytes">
    /// Null: <see cref="JudgeOptions.MaxResultBytes"/>. Set from the expected value's size, an answer past it is a
    /// WrongAnswer that is never read in full.
    /// </param>
    public sealed record Input(JsonNode Value, int? MaxBytes = null);

    /// <summary>
    /// Runs <paramref name="code"/> on <paramref name="inputs"/>. After each input, <paramref name="next"/> decides
    /// whether to go on (a submit stops at the first failure); a dead container always stops the run.
    /// </summary>
    /// <param name="client">Who submitted, for the compile budget; null for the platform's own runs.</param>
    public async Task<RunOutcome> RunAsync(Problem problem, Language language, string code, IReadOnlyList<Input> inputs, Func<int, CaseOutcome, bool> next, CancellationToken ct, string? client = null)
    {
        // The language's own time limit, where the problem gives one per language.
        problem = problem with { Limits = problem.Limits.For(language) };
        CompileOutcome? compiled = null;
        if (language == Language.CSharp)
        {
            if (client is not null && budget.RetryAfter(client) is { } wait)
            {
                return new RunOutcome(Verdict.CompilationError, $"Not compiled: this client has used its {_options.CompileBudgetPerMinute.TotalSeconds:0} s of C# compile time for this minute. Try again in {Math.Ceiling(wait.TotalSeconds):0} s.", []);
            }
            var compileStarted = Stopwatch.GetTimestamp();
            using (var compiling = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Compile))
            {
                compiled = await compilers.CompileAsync(code, program: problem.Io == IoMode.Stdio, ct);
                compiling?.SetTag("judge.compile.ok", compiled.Ok);
            }
            if (client is not null)
            {
                budget.Spend(client, Stopwatch.GetElapsedTime(compileStarted));
            }
            if (!compiled.Ok)
            {
                return new RunOutcome(Verdict.CompilationError, compiled.Output, []);
            }
        }

        var box = await pool.RentAsync(language, problem.Limits.MemoryMb, ct);
        try
        {
            var signature = problem.Signature;
            var load = new LoadRequest(problem.Io == IoMode.Stdio ? IoModes.Stdio : IoModes.Function, code, box.Nonce, problem.Limits.MemoryMb)
            {
                Function = signature is { Design: null } ? signature.Function : null,
                ClassName = signature is null ? null : signature.Design?.Name ?? "Solution",
                Params = signature is { Design: null } ? Specs(signature.Params) : null,
                Returns = signature is { Design: null } ? signature.Returns.ToString() : null,
                Design = signature?.Design is { } design
                    ? new DesignSpec(design.Name, Specs(design.Constructor), [.. design.Methods.Select(m => new MethodSpec(m.Name, Specs(m.Params)) { Returns = m.Returns?.ToString() })])
                    : null,
                Assembly = compiled?.Assembly,
                Pdb = compiled?.Pdb,
            };
            using (var loading = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Load))
            {
                var loaded = await box.ExchangeAsync(load, ProtocolJsonContext.Default.LoadRequest, _options.LoadTimeout, _options.MaxResultBytes, ct);
                var loadFailure = await LoadFailureAsync(box, loaded, ct);
                if (loadFailure is not null)
                {
                    loading?.SetTag(JudgeTelemetry.Tags.Verdict, loadFailure.Failure?.ToString());
                    return loadFailure;
                }
            }
            var cases = new List<CaseOutcome>();
            for (var i = 0; i < inputs.Count; i++)
            {
                // The span stays current while the caller grades the outcome (next), which tags it with the verdict.
                using var test = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Test);
                test?.SetTag(JudgeTelemetry.Tags.TestIndex, i);
                var outcome = await RunCaseAsync(box, problem, i, inputs[i], ct);
                cases.Add(outcome);
                test?.SetTag(JudgeTelemetry.Tags.Verdict, outcome.Failure?.ToString());
                if (!next(i, outcome) || box.Broken)
                {
                    break;
                }
            }
            return new RunOutcome(null, null, cases);
        }
        finally
        {
            pool.Discard(box);
        }
    }

    private async Task<RunOutcome?> LoadFailureAsync(SandboxContainer box, Received loaded, CancellationToken ct)
    {
        if (loaded.Status == ReceiveStatus.TimedOut)
        {
            await StopAsync(box, ct);
            return new RunOutcome(Verdict.TimeLimitExceeded, $"Loading the code took longer than {_options.LoadTimeout.TotalSeconds:0} s (top-level code runs at load).", []);
        }
        if (loaded.Status != ReceiveStatus.Line)
        {
            var crash = await CrashAsync(box, ct);
            return new RunOutcome(crash.Failure, crash.Message, []);
        }
        var answer = AnswerReader.ReadLoad(loaded.Line!, box.Nonce);
        if (answer.Violation is { } violation)
        {
            return new RunOutcome(Verdict.RuntimeError, await ForgedAsync(box, violation, ct), []);
        }
        if (answer.Refusal is { } refusal)
        {
            await StopAsync(box, ct);
            return new RunOutcome(Verdict.InternalError, $"The runner refused the submission: {refusal}", []);
        }
        var message = answer.Message!;
        return message.Type switch
        {
            MessageTypes.CompileError => new RunOutcome(Verdict.CompilationError, WithLine(message.Message, message.Line), []),
            MessageTypes.RuntimeError => new RunOutcome(Verdict.RuntimeError, WithLine(message.Message, message.Line), []),
            _ => null,
        };
    }

    private async Task<CaseOutcome> RunCaseAsync(SandboxContainer box, Problem problem, int index, Input input, CancellationToken ct)
    {
        var test = problem.Io == IoMode.Stdio
            ? new TestRequest(index) { Stdin = input.Value.GetValueKind() == JsonValueKind.String ? input.Value.GetValue<string>() : input.Value.ToJsonString() }
            : new TestRequest(index) { Args = [.. problem.Signature!.Params.Select(p => JsonSerializer.SerializeToElement(input.Value[p.Name], ProtocolJsonContext.Default.JsonNode))] };

        var timeLimit = TimeSpan.FromMilliseconds(problem.Limits.TimeMs);
        var wallLimit = timeLimit * _options.WallFactor + _options.WallSlack;
        box.Stats.ResetPeak();
        var cpuBefore = box.Stats.CpuTime();
        var maxBytes = Math.Min(input.MaxBytes ?? _options.MaxResultBytes, _options.MaxResultBytes);
        var received = await box.ExchangeAsync(test, ProtocolJsonContext.Default.TestRequest, wallLimit, maxBytes, ct);
        var cpu = box.Stats.CpuTime() - cpuBefore;
        var memoryKb = box.Stats.PeakMemory() / 1024;
        // The judged time is CPU time where the kernel's accounting is visible (a busy host does not inflate
        // it), else wall time. Both are measured here, never reported by the container.
        var timeMs = (int)Math.Round((cpu ?? received.Elapsed).TotalMilliseconds);

        switch (received.Status)
        {
            case ReceiveStatus.TimedOut:
                await StopAsync(box, ct);
                return new CaseOutcome(Verdict.TimeLimitExceeded, null, null, null, Math.Max(timeMs, problem.Limits.TimeMs), memoryKb);
            case ReceiveStatus.OutputLimit when input.MaxBytes < _options.MaxResultBytes:
                await StopAsync(box, ct);
                return new CaseOutcome(Verdict.WrongAnswer, null, null, $"The answer is far larger than the expected one (over {maxBytes / 1024} KiB); it was not read in full.", timeMs, memoryKb);
            case ReceiveStatus.OutputLimit:
                await StopAsync(box, ct);
                return new CaseOutcome(Verdict.OutputLimitExceeded, null, null, "The program wrote more output than the judge reads.", timeMs, memoryKb);
            case ReceiveStatus.Ended:
                var crash = await CrashAsync(box, ct);
                return new CaseOutcome(crash.Failure, null, null, crash.Message, timeMs, memoryKb);
        }

        var answer = AnswerReader.ReadResult(received.Line!, box.Nonce, index);
        if (answer.Violation is { } violation)
        {
            return new CaseOutcome(Verdict.RuntimeError, null, null, await ForgedAsync(box, violation, ct), timeMs, memoryKb);
        }
        if (answer.Refusal is { } refusal)
        {
            await StopAsync(box, ct);
            return new CaseOutcome(Verdict.InternalError, null, null, $"The runner refused the test: {refusal}", timeMs, memoryKb);
        }
        var result = answer.Message!;
        var stdout = result.Stdout;
        // Running out of memory is what ended the test even when the garbage collector's struggle near the limit
        // also used up its CPU time: the verdict names the limit that stopped it, the same on every run.
        if (cpu > timeLimit && result.Error != ErrorKinds.MemoryError)
        {
            return new CaseOutcome(Verdict.TimeLimitExceeded, null, stdout, null, timeMs, memoryKb);
        }
        if (result.OutputLimit == true)
        {
            return new CaseOutcome(Verdict.OutputLimitExceeded, null, stdout, "The program printed more than 64 KiB.", timeMs, memoryKb);
        }
        if (result.Ok)
        {
            return new CaseOutcome(null, result.Value, stdout, null, timeMs, memoryKb);
        }
        var verdict = result.Error switch
        {
            ErrorKinds.MemoryError => Verdict.MemoryLimitExceeded,
            ErrorKinds.OutputLimit => Verdict.OutputLimitExceeded,
            _ => Verdict.RuntimeError,
        };
        var message = WithLine(result.Message, result.Line);
        return new CaseOutcome(verdict, null, stdout, result.Error == ErrorKinds.StackOverflow ? "Stack overflow: " + message : message, timeMs, memoryKb);
    }

    /// <summary>
    /// Something other than the runner wrote a line to the protocol stream (the submission's code, having found the
    /// descriptor), or the runner broke: nothing more it says is believed. The container is killed; the verdict is
    /// the submission's RuntimeError.
    /// </summary>
    private async Task<string> ForgedAsync(SandboxContainer box, string violation, CancellationToken ct)
    {
        await StopAsync(box, ct);
        return $"The program wrote to the judge's channel ({violation}); only return values and printed output are read.";
    }

    // Our end of its stream is closed first: a container blocked writing output nobody reads (a huge answer
    // past the bound) cannot exit until its output is taken, so the engine's kill would wait on it.
    private async Task StopAsync(SandboxContainer box, CancellationToken ct)
    {
        box.Abandon();
        box.DisposeStream();
        await docker.KillAsync(box.Id, ct);
    }

    /// <summary>Why a container's output ended: the kernel's OOM kill, the runtime's own out-of-memory death, or a crash.</summary>
    private async Task<(Verdict Failure, string Message)> CrashAsync(SandboxContainer box, CancellationToken ct)
    {
        var exit = await ContainerExit.OfAsync(docker, box, ct);
        if (exit.OutOfMemory)
        {
            return (Verdict.MemoryLimitExceeded, "The program used more memory than the limit.");
        }
        if (exit.StackOverflow)
        {
            return (Verdict.RuntimeError, "Stack overflow.");
        }
        var code = exit.State?.ExitCode ?? -1;
        if (code is -1 or 137 or 143 && await EngineStoppedItAsync(ct))
        {
            throw new DockerException($"container {box.Id[..12]} was stopped by its engine (exit code {code}), which then stopped answering");
        }
        var signal = code > 128 ? $" (signal {code - 128})" : "";
        return (Verdict.RuntimeError, $"The program ended unexpectedly with exit code {code}{signal}.");
    }

    // A container gone, killed or terminated from outside may be the engine shutting down: it stops every container
    // (SIGTERM, then SIGKILL) while its API still answers, and closes the API a moment later. The code can do the
    // same to itself, so the judge looks again after the engine check has had its turn: an engine that went away
    // meanwhile (or does not answer now) means the platform's fault.
    private async Task<bool> EngineStoppedItAsync(CancellationToken ct)
    {
        var epoch = status.Epoch;
        await Task.Delay(_options.EngineCheckInterval + TimeSpan.FromMilliseconds(500), ct);
        return status.Epoch != epoch || !status.Ready || !await docker.PingAsync(ct);
    }

    private static string WithLine(string? message, int? line) =>
        line is { } number ? $"Line {number}: {message}" : message ?? "";

    private static List<ParamSpec> Specs(IEnumerable<Parameter> parameters) => [.. parameters.Select(p => new ParamSpec(p.Name, p.Type.ToString()))];
}
