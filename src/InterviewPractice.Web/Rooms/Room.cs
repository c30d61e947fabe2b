namespace InterviewPractice.Web.Rooms;

/// <summary>Who a participant is in a room; the server enforces what each may see and do.</summary>
public enum RoomRole
{
    /// <summary>Runs the interview: sees the briefing (editorial, reference solutions, answers, rubric), keeps time.</summary>
    Interviewer,

    /// <summary>Solves the problem; never receives interviewer material.</summary>
    Candidate,

    /// <summary>Watches; sees what the candidate sees and cannot edit.</summary>
    Observer,
}

/// <summary>Interviewer-led (one interviewer, one candidate) or peer mode (two peers, roles swap at half time).</summary>
public enum RoomMode
{
    Interviewer,
    Peer,
}

/// <summary>One mock interview: its problems, its length and its timer, which the server keeps.</summary>
public sealed class Room
{
    public Guid Id { get; set; }

    /// <summary>The problem open now (its slug).</summary>
    public required string Problem { get; set; }

    /// <summary>
    /// Every problem the room has (the set it was made with, then any the interviewer opened), in order; in peer
    /// mode the first is round 1's and the second round 2's. Each has its own texts in the document.
    /// </summary>
    public List<string> Problems { get; set; } = [];

    public RoomMode Mode { get; set; }

    /// <summary>1, or 2 once a peer room's roles have swapped at half time. Checked on update: one node swaps.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The language the room codes in now (its id: csharp, javascript, python).</summary>
    public required string Language { get; set; }

    /// <summary>The interview's length before any extension.</summary>
    public int Minutes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The account that made the room, when it was made signed in (rooms work without one).</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Seconds added by the interviewer's extensions.</summary>
    public int ExtraSeconds { get; set; }

    /// <summary>When the timer last started running; null while it is stopped or paused.</summary>
    public DateTimeOffset? RunningSince { get; set; }

    /// <summary>Seconds the timer ran before <see cref="RunningSince"/> (the time of earlier runs, before pauses).</summary>
    public double ElapsedSeconds { get; set; }

    /// <summary>
    /// The role a link of <paramref name="linkRole"/> has in <paramref name="round"/> (default: now): in peer mode
    /// the interviewer's and the candidate's links swap roles in round 2 (the links are the two peers); otherwise
    /// the link's own.
    /// </summary>
    public RoomRole RoleOf(RoomRole linkRole, int? round = null) => (Mode, round ?? Round, linkRole) switch
    {
        (RoomMode.Peer, 2, RoomRole.Interviewer) => RoomRole.Candidate,
        (RoomMode.Peer, 2, RoomRole.Candidate) => RoomRole.Interviewer,
        _ => linkRole,
    };
}

/// <summary>
/// An invite link: a role in a room. Only the SHA-256 of its token is stored, so the database alone gives no
/// one a way in; revoking one shuts that link (and the connections that came through it).
/// </summary>
public sealed class RoomInvite
{
    public Guid Id { get; set; }

    public Guid RoomId { get; set; }

    public RoomRole Role { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The account that first joined through the link signed in: the seat is theirs in their history.</summary>
    public string? UserId { get; set; }
}

/// <summary>What a room event is.</summary>
public enum RoomEventKind
{
    /// <summary>A Yjs update of the shared document (binary, as the client sent it).</summary>
    Document,

    /// <summary>A chat message (UTF-8 text).</summary>
    Chat,

    /// <summary>The timer started, paused or was extended (its state as JSON).</summary>
    Timer,

    /// <summary>The room switched language (JSON: the language ids it switched from and to).</summary>
    Language,

    /// <summary>Someone ran or submitted the room's code (JSON: submission id, mode, language).</summary>
    Run,

    /// <summary>A run's or submission's verdict (JSON: the submission as GET /api/submissions/{id} shows it).</summary>
    Result,

    /// <summary>An interviewer's private note (UTF-8): only interviewers ever receive it, live, on joining or in the replay.</summary>
    Note,

    /// <summary>The scorecards were revealed (JSON: both, and the calibration gaps).</summary>
    Scorecards,

    /// <summary>Someone evaluated a snippet in the room's console (JSON: language and code), before it ran.</summary>
    ConsoleInput,

    /// <summary>What that snippet gave (JSON: the input entry's id and the console's answer).</summary>
    ConsoleOutput,

    /// <summary>
    /// A problem opened (JSON: from, to, the language, the round): the room's first entry, the interviewer's
    /// switch, or a peer room's second round, when the roles swap.
    /// </summary>
    Problem,
}

/// <summary>
/// One entry of a room's durable log, in the order the server accepted it: late joiners and reconnecting
/// clients read what they missed from here, and the replay plays it back.
/// </summary>
public sealed class RoomEvent
{
    /// <summary>Increasing across the database: the order of events within a room.</summary>
    public long Id { get; set; }

    public Guid RoomId { get; set; }

    public RoomEventKind Kind { get; set; }

    /// <summary>The role of the link it came through; null for the server (the starter code, a verdict).</summary>
    public RoomRole? Author { get; set; }

    /// <summary>The link it came through; null for the server. A private note is shown to this link only.</summary>
    public Guid? AuthorInvite { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset At { get; set; }

    public required byte[] Payload { get; set; }
}

/// <summary>
/// A room's document compacted: every document update of its log up to <see cref="UpTo"/> merged into one. Joins
/// start from here instead of replaying every keystroke; the log itself stays whole for the replay.
/// </summary>
public sealed class RoomSnapshot
{
    public Guid RoomId { get; set; }

    /// <summary>The last log entry the snapshot includes.</summary>
    public long UpTo { get; set; }

    /// <summary>How many document updates it merged.</summary>
    public int Updates { get; set; }

    public required byte[] State { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>The interviewer's recommendation.</summary>
public enum HireSignal
{
    StrongNo,
    No,
    Yes,
    StrongYes,
}

/// <summary>
/// One side's scorecard: the interviewer's assessment, or the candidate's rating of themself on the same four
/// dimensions (1 to 4). Kept hidden from the other side until both are in.
/// </summary>
public sealed class RoomScorecard
{
    public Guid RoomId { get; set; }

    /// <summary>The round it is about (a peer room has two, one per candidate); 1 otherwise.</summary>
    public int Round { get; set; } = 1;

    /// <summary>Whose: <see cref="RoomRole.Interviewer"/> or <see cref="RoomRole.Candidate"/> (self-assessment), as roles were in that round.</summary>
    public RoomRole By { get; set; }

    public int ProblemSolving { get; set; }

    public int Coding { get; set; }

    public int Communication { get; set; }

    public int Testing { get; set; }

    /// <summary>The interviewer's only; null on the candidate's.</summary>
    public HireSignal? Hire { get; set; }

    /// <summary>The name its author joined with.</summary>
    public required string Name { get; set; }

    public required string Comments { get; set; }

    public DateTimeOffset At { get; set; }
}
