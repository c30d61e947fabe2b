namespace InterviewPractice.Consoles;

/// <summary>Console sessions (a REPL per language in a sandbox container). Section <c>Console</c>; every setting has a working default.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Wall-clock bound of one evaluation; past it the session's container is replaced (its state is lost).</summary>
    public TimeSpan EvalTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A session unused this long is closed and its container removed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory of a session's container, in MiB (no swap); running out restarts the session.</summary>
    public int MemoryMb { get; set; } = 256;

    /// <summary>CPUs a session's container may use.</summary>
    public double Cpus { get; set; } = 1.0;

    /// <summary>Open sessions on this server, all clients together.</summary>
    public int MaxSessions { get; set; } = 24;

    /// <summary>Open sessions of one client (a signed-in user, else an address).</summary>
    public int MaxPerClient { get; set; } = 3;

    /// <summary>
    /// Started consoles kept ready per language once that language's console has been used, so opening a session
    /// does not wait for a runtime to start (C#'s Roslyn scripting takes over a second to warm). 0 starts each cold.
    /// </summary>
    public int WarmPerLanguage { get; set; } = 1;

    /// <summary>Bound for a started console to say it is ready.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest snippet, in characters.</summary>
    public int MaxCodeLength { get; set; } = 64 * 1024;
}
