using System.Threading.Channels;
using InterviewPractice.Protocol;
using InterviewPractice.Judging.Docker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>The result of compiling C#: an assembly, or what the compiler said.</summary>
public sealed record CompileOutcome(bool Ok, string? Assembly, string? Pdb, string Output);

/// <summary>
/// Long-lived C# compiler containers with Roslyn already warm. Compiling never happens in the web server
/// process: a compile-time bomb only costs its own compiler container, which is killed at the time limit (or
/// by its memory limit) and replaced.
/// </summary>
public sealed partial class CompilerPool(DockerClient docker, ContainerReaper reaper, JudgeStatus status, IOptions<JudgeOptions> options, ILogger<CompilerPool> logger)
{
    private const string Part = "compilers";
    private readonly Channel<SandboxContainer> _idle = Channel.CreateUnbounded<SandboxContainer>();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly JudgeOptions _options = options.Value;
    private int _alive;
    private long _nextId;

    /// <summary>Compilers started and not known to be dead.</summary>
    public int Alive => Volatile.Read(ref _alive);

    /// <summary>
    /// Compiles a submission (a library for function problems, a program for stdio ones). Throws
    /// <see cref="DockerException"/> when no compiler is free within <see cref="JudgeOptions.CompilerWaitTimeout"/>:
    /// the platform's failure, not the code's.
    /// </summary>
    public async Task<CompileOutcome> CompileAsync(string code, bool program, CancellationToken ct)
    {
        _wake.Release();
        var box = await TakeAsync(ct);
        var request = new CompileRequest(
            Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            code,
            program ? CompileKinds.Exe : CompileKinds.Library);
        Received received;
        try
        {
            received = await box.ExchangeAsync(request, ProtocolJsonContext.Default.CompileRequest, _options.CompileTimeout, 64 * 1024 * 1024, ct);
        }
        catch
        {
            Replace(box);
            throw;
        }
        if (received.Status != ReceiveStatus.Line)
        {
            Replace(box);
            // An engine going away ends the compiler's stream too; that is the platform's failure (InspectState
            // throws, or the engine check has noticed), never the code's.
            var state = received.Status == ReceiveStatus.Ended ? await docker.InspectStateAsync(box.Id, ct) : null;
            if (!status.Ready || (received.Status == ReceiveStatus.Ended && state is null))
            {
                throw new DockerException("the compiler container went away while compiling");
            }
            return new CompileOutcome(false, null, null, received.Status switch
            {
                ReceiveStatus.TimedOut => $"Compilation took longer than {_options.CompileTimeout.TotalSeconds:0} s and was stopped.",
                _ when state?.OOMKilled == true => $"The compiler ran out of memory ({_options.CompilerMemoryMb} MiB) compiling this code.",
                _ => "The compiler stopped while compiling this code.",
            });
        }
        var answer = AnswerReader.ReadCompiled(received.Line!, request.Id);
        if (answer.Violation is { } violation)
        {
            // A compiler never runs submitted code, so this is a broken container, not the submission's doing.
            Replace(box);
            throw new DockerException($"the compiler container answered something unreadable ({violation})");
        }
        _idle.Writer.TryWrite(box);
        return answer.Message is { } compiled ? Parse(compiled) : new CompileOutcome(false, null, null, answer.Refusal!);
    }

    private async Task<SandboxContainer> TakeAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(_options.CompilerWaitTimeout);
        try
        {
            while (true)
            {
                var box = await _idle.Reader.ReadAsync(wait.Token);
                if (box.Alive)
                {
                    return box;
                }
                Replace(box);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DockerException($"no C# compiler was free within {_options.CompilerWaitTimeout.TotalSeconds:0} s");
        }
    }

    private static CompileOutcome Parse(CompiledAnswer compiled)
    {
        if (compiled.Ok)
        {
            return new CompileOutcome(true, compiled.Assembly, compiled.Pdb, "");
        }
        var output = string.Join('\n', (compiled.Diagnostics ?? []).Select(d => $"Line {d.Line ?? 0}: {d.Severity} {d.Id}: {d.Message}"));
        return new CompileOutcome(false, null, null, output.Length > 0 ? output : "Compilation failed.");
    }

    private void Replace(SandboxContainer box)
    {
        Interlocked.Decrement(ref _alive);
        box.Close();
        reaper.Remove(box.Id);
        box.DisposeStream();
        _wake.Release();
    }

    /// <summary>Discards the idle compilers (the engine went away); new ones are started once it is back.</summary>
    public void DropIdle()
    {
        while (_idle.Reader.TryRead(out var box))
        {
            Replace(box);
        }
    }

    /// <summary>
    /// Keeps the configured number of compilers alive until cancelled, through engine failures of any kind
    /// (reported on <see cref="JudgeStatus"/> until a start succeeds again); then removes them.
    /// </summary>
    public async Task MaintainAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                while (status.Ready && Alive < _options.Compilers && !ct.IsCancellationRequested)
                {
                    await StartOneAsync(ct);
                }
                await _wake.WaitAsync(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
        }
        DropIdle();
    }

    private async Task StartOneAsync(CancellationToken ct)
    {
        try
        {
            var box = await SandboxPool.StartContainerAsync(docker, reaper, SandboxSpecs.Compiler(_options), _options.StartTimeout * 3, ct);
            Interlocked.Increment(ref _alive);
            _idle.Writer.TryWrite(box);
            status.Recovered(Part);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogStartFailed(e.Message);
            if (EngineFaults.IsUnreachable(e))
            {
                status.EngineUnreachable(e.Message);
            }
            status.Fault(Part, $"C# compilers cannot be started ({Alive} of {_options.Compilers} up): {e.Message}");
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting a C# compiler container failed: {Error}")]
    private partial void LogStartFailed(string error);
}
