namespace InterviewPractice.Web.Rooms;

/// <summary>Live interview rooms. Section <c>Rooms</c>.</summary>
public sealed class RoomsOptions
{
    public const string Section = "Rooms";

    /// <summary>The largest hub message accepted (a paste of a big file fits; SignalR's default is 32 KB).</summary>
    public long MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest single document update or presence state.</summary>
    public int MaxUpdateBytes { get; set; } = 512 * 1024;

    /// <summary>The longest chat message, in characters.</summary>
    public int MaxChatChars { get; set; } = 2000;

    /// <summary>Hub calls one connection may make per second on average (a burst of twice that is allowed).</summary>
    public int CallsPerSecond { get; set; } = 50;

    /// <summary>The most log entries one join returns; a client further behind reads on with another join.</summary>
    public int MaxEventsPerJoin { get; set; } = 5000;

    /// <summary>Jint engines kept for reading rooms' documents (each holds Yjs, a few MB).</summary>
    public int ScriptEngines { get; set; } = 2;

    /// <summary>The longest one call into a room's document may run (merging a long log included).</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The memory one engine may allocate during a call, in MB.</summary>
    public int ScriptMemoryMb { get; set; } = 512;

    /// <summary>How long a room follows one of its runs before it gives up on the verdict.</summary>
    public TimeSpan RunFollowLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How often a node looks for its connections whose link another node revoked, and closes them (the node that
    /// revokes closes its own at once).
    /// </summary>
    public TimeSpan RevocationSweep { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most log entries written in one commit (the entries of the moment, of every room: <see cref="RoomLog"/>).</summary>
    public int LogBatch { get; set; } = 256;

    /// <summary>Document updates a room takes (on one node) before its document is compacted again.</summary>
    public int CompactEvery { get; set; } = 500;
}
