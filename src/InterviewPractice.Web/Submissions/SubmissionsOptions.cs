namespace InterviewPractice.Web.Submissions;

/// <summary>Limits of the submissions API and queue. Section <c>Submissions</c>.</summary>
public sealed class SubmissionsOptions
{
    public const string Section = "Submissions";

    /// <summary>Largest accepted source, in bytes (UTF-8); larger gets 413.</summary>
    public int MaxCodeBytes { get; set; } = 64 * 1024;

    /// <summary>Most custom inputs in one run.</summary>
    public int MaxCustomInputs { get; set; } = 10;

    /// <summary>Queued submissions past which new ones get 429 with Retry-After.</summary>
    public int MaxQueued { get; set; } = 1000;

    /// <summary>Submissions one client (see <c>ClientKey</c>) may make per minute.</summary>
    public int PerClientPerMinute { get; set; } = 60;

    /// <summary>Queued submissions one client may have; past it, new ones get 429 with Retry-After.</summary>
    public int MaxQueuedPerClient { get; set; } = 30;

    /// <summary>
    /// Submissions of one client judged at once, over all nodes. Two, so a user's run and submit go together and
    /// a few users behind one NAT are not judged strictly one at a time, while one client still cannot occupy
    /// every worker of a node (default workers = cores).
    /// </summary>
    public int MaxRunningPerClient { get; set; } = 2;

    /// <summary>Reads (<c>GET</c> a submission or its events) one client may make per minute.</summary>
    public int ReadsPerClientPerMinute { get; set; } = 600;

    /// <summary>Long polls and event streams one client may hold open at once; past it, 429 with Retry-After.</summary>
    public int MaxWaitersPerClient { get; set; } = 20;

    /// <summary>Largest stored result (JSON, bytes); a larger one is stored without the tests' outputs.</summary>
    public int MaxResultBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a judging node's claim lasts without a heartbeat before another node may take over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts before a submission that keeps failing the platform is given up as InternalError.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How often idle workers look for work other nodes queued (a local submission wakes them at once), and how
    /// often, while anyone waits, one batched query looks for waited-on submissions other nodes started or judged.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>?wait=</c> a client may ask for when reading a submission.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);
}
