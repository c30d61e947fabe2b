using InterviewPractice.Judging.Docker;
using InterviewPractice.Problems;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// The container definitions of the sandbox: one place that says what isolation every container gets
/// (no network, no capabilities, no new privileges, read-only root, non-root user, pids, memory without
/// swap, CPU, open files, a size-capped scratch tmpfs).
/// </summary>
public static class SandboxSpecs
{
    /// <summary>Label on every container the judge creates.</summary>
    public const string OwnerLabel = "interviewpractice.sandbox";

    /// <summary>Label naming the server that created a container.</summary>
    public const string NodeLabel = "interviewpractice.node";

    /// <summary>The command that starts a language's runner inside the image.</summary>
    public static IReadOnlyList<string> RunnerCommand(Language language) => language switch
    {
        Language.Python => ["python3", "-I", "-S", "/opt/harness/python/harness.py"],
        Language.JavaScript => ["node", "/opt/harness/node/harness.js"],
        Language.CSharp => ["dotnet", "/opt/sandbox/InterviewPractice.Sandbox.dll", "run"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>A one-shot runner container.</summary>
    public static ContainerSpec Runner(JudgeOptions options, Language language, int memoryMb) =>
        Spec(options, RunnerCommand(language), memoryMb, "runner", options.Cpus);

    /// <summary>The command that starts a language's console (a REPL speaking <c>eval</c>) inside the image.</summary>
    public static IReadOnlyList<string> ConsoleCommand(Language language) => language switch
    {
        Language.Python => ["python3", "-I", "-S", "/opt/harness/python/console.py"],
        Language.JavaScript => ["node", "/opt/harness/node/console.js"],
        Language.CSharp => ["dotnet", "/opt/sandbox/InterviewPractice.Sandbox.dll", "console"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>A console session's container: the runners' isolation, its own memory and CPU.</summary>
    public static ContainerSpec Console(JudgeOptions options, Language language, int memoryMb, double cpus) =>
        Spec(options, ConsoleCommand(language), memoryMb, "console", cpus);

    /// <summary>A long-lived C# compiler container: it never runs submitted code, only compiles it.</summary>
    public static ContainerSpec Compiler(JudgeOptions options) =>
        Spec(options, ["dotnet", "/opt/sandbox/InterviewPractice.Sandbox.dll", "compile"], options.CompilerMemoryMb, "compiler", 1.0);

    private static ContainerSpec Spec(JudgeOptions options, IReadOnlyList<string> cmd, int memoryMb, string role, double cpus)
    {
        var memory = (long)memoryMb * 1024 * 1024;
        return new ContainerSpec
        {
            Image = options.Image,
            Cmd = cmd,
            Labels = new Dictionary<string, string>
            {
                [OwnerLabel] = role,
                [NodeLabel] = options.NodeId,
            },
            // Nothing from the host's environment: a submission reading its environment finds only this.
            Env = ["HOME=/tmp", "LANG=C.UTF-8", "PYTHONDONTWRITEBYTECODE=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1"],
            HostConfig = new HostConfig
            {
                Memory = memory,
                MemorySwap = memory,
                NanoCpus = (long)(cpus * 1_000_000_000),
                PidsLimit = options.PidsLimit,
                Tmpfs = new Dictionary<string, string> { ["/tmp"] = $"rw,nosuid,nodev,size={options.ScratchMb}m,mode=1777" },
                Ulimits =
                [
                    new Ulimit("nofile", options.OpenFiles, options.OpenFiles),
                    new Ulimit("fsize", (long)options.ScratchMb * 1024 * 1024, (long)options.ScratchMb * 1024 * 1024),
                    new Ulimit("core", 0, 0),
                ],
            },
        };
    }
}
