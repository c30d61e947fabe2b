namespace InterviewPractice.Judging;

/// <summary>How the judge runs submissions. Section <c>Judge</c>; every setting has a working default.</summary>
public sealed class JudgeOptions
{
    public const string Section = "Judge";

    /// <summary>The Docker engine to run sandboxes on.</summary>
    public string DockerEndpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>The sandbox image, built from <c>sandbox/</c> by <c>./interview setup sandbox</c>.</summary>
    public string Image { get; set; } = "interviewpractice/sandbox:latest";

    /// <summary>
    /// Names this server's containers (label <c>interviewpractice.node</c>) so a restart sweeps only its own
    /// leftovers, never another server's on the same engine.
    /// </summary>
    public string NodeId { get; set; } = Environment.MachineName;

    /// <summary>Submissions judged at once.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Started, idle runner containers kept per language at least, so a submission never waits for a cold start.
    /// The pool grows past it with a language's recent arrival rate, up to <see cref="MaxWarmPerLanguage"/>.
    /// 0 turns the warm pool off: every submission starts its container cold.
    /// </summary>
    public int WarmPerLanguage { get; set; } = 2;

    /// <summary>The most idle runners kept for one language during a burst.</summary>
    public int MaxWarmPerLanguage { get; set; } = 8;

    /// <summary>How far back arrivals count when the pool sizes itself to a language's rate.</summary>
    public TimeSpan ArrivalWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Bound of every call to the Docker engine (create, start, inspect, kill, remove, attach).</summary>
    public TimeSpan EngineTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the engine is checked while the judge runs; a failed check marks the judge not ready.</summary>
    public TimeSpan EngineCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for a free C# compiler; past it the submission goes back to the queue.</summary>
    public TimeSpan CompilerWaitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>C# compile time one client may use per minute; past it, its submissions are refused a compile.</summary>
    public TimeSpan CompileBudgetPerMinute { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Long-lived C# compiler containers (each compiles one submission at a time).</summary>
    public int Compilers { get; set; } = 1;

    /// <summary>Wall-clock bound of one C# compilation; past it the compiler container is replaced.</summary>
    public TimeSpan CompileTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bound for a started runner to say it is ready (its runtime up and warm); compilers get three times it.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Bound for a runner to load the submission (parse, import, bind the function).</summary>
    public TimeSpan LoadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A test's wall-clock limit is its CPU limit times this factor plus <see cref="WallSlack"/>.</summary>
    public double WallFactor { get; set; } = 2.0;

    /// <summary>Added to every test's wall-clock limit: the protocol round trip and a busy host.</summary>
    public TimeSpan WallSlack { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>CPUs a runner container may use.</summary>
    public double Cpus { get; set; } = 1.0;

    /// <summary>Processes and threads a container may have (fork and thread bombs stop here).</summary>
    public int PidsLimit { get; set; } = 64;

    /// <summary>Size of the writable scratch tmpfs at /tmp, in MiB.</summary>
    public int ScratchMb { get; set; } = 64;

    /// <summary>Open files per process.</summary>
    public int OpenFiles { get; set; } = 256;

    /// <summary>Memory of a warm runner until a submission sets its problem's limit, in MiB.</summary>
    public int DefaultMemoryMb { get; set; } = 256;

    /// <summary>Memory of a compiler container, in MiB.</summary>
    public int CompilerMemoryMb { get; set; } = 1024;

    /// <summary>
    /// The most a runner may send for one test (its value plus captured output), in bytes. A test with an expected
    /// value may send less: a few times the expected value's size, so a huge return is a WrongAnswer that is never
    /// read in full.
    /// </summary>
    public int MaxResultBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most of a returned value kept in a visible test's result (as JSON text), in characters.</summary>
    public int MaxShownValueChars { get; set; } = 4096;

    /// <summary>The most of a test's printed output kept in its result, in characters.</summary>
    public int MaxShownOutputChars { get; set; } = 8192;

    /// <summary>The most values and printed output kept over all tests of one submission, in characters.</summary>
    public int MaxShownTotalChars { get; set; } = 128 * 1024;

    /// <summary>Added to a submission's computed time budget (compile, load, every test's wall limit) before it is stopped.</summary>
    public TimeSpan SubmissionSlack { get; set; } = TimeSpan.FromSeconds(10);
}
