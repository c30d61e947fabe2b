using System.Collections.Immutable;
using InterviewPractice.Judging;
using InterviewPractice.Problems;

namespace InterviewPractice.Web.Rooms;

/// <summary>What the room hub calls on its clients (the one definition of the hub's server-to-client side).</summary>
public interface IRoomClient
{
    /// <summary>A new entry of the room's log (document update, chat, timer), sent to everyone in the room but its author.</summary>
    Task Event(RoomEventView e);

    /// <summary>Another participant's presence (Yjs awareness: name, colour, cursor, selection), relayed as sent.</summary>
    Task Presence(string connectionId, byte[] state);

    /// <summary>A participant left; their cursor goes with them.</summary>
    Task Left(string connectionId);

    /// <summary>The timer changed (started, paused, extended): everyone shows the same.</summary>
    Task Timer(TimerView timer);

    /// <summary>The link this connection came through was revoked; the server closes the connection after this.</summary>
    Task Revoked();

    /// <summary>One test of the room's run or submission finished (everyone in the room sees runs as they go).</summary>
    Task RunProgress(Guid submission, TestResult test);

    /// <summary>
    /// Another problem opened (the interviewer switched, or a peer room's roles swapped): the caller's role now, the
    /// problem as that role may see it, the briefing for the interviewer only.
    /// </summary>
    Task Opened(RoomOpened opened);
}

/// <summary>Creating a room (POST /api/rooms).</summary>
/// <param name="Problem">The problem to open first (its slug); or leave it out and give <paramref name="Problems"/>.</param>
/// <param name="Problems">
/// The room's set, in order: the interviewer opens them in turn. A peer room takes the first two, one per round;
/// given one, the server picks a second of the same kind and the nearest difficulty.
/// </param>
/// <param name="Minutes">The interview's length, 5 to 180 (default 45); a peer room swaps roles at half of it.</param>
/// <param name="Mode">Interviewer-led (default) or peer.</param>
/// <param name="Set">A problem set's slug (GET /api/sets): its problems, in order, are the room's.</param>
public sealed record CreateRoomRequest(string? Problem, int? Minutes, RoomMode? Mode, ImmutableArray<string>? Problems = null, string? Set = null);

/// <summary>A new room and its invite links (each shown once: only hashes are stored). In peer mode the interviewer's and candidate's links are the two peers (the first interviews in round 1).</summary>
public sealed record CreatedRoom(Guid Id, string Problem, ImmutableArray<string> Problems, RoomMode Mode, int Minutes, ImmutableDictionary<RoomRole, RoomLink> Links);

/// <summary>An invite link: the token to join with, the page to open, and the id that revokes it.</summary>
public sealed record RoomLink(Guid Invite, string Token, string Url);

/// <summary>One log entry as clients receive it.</summary>
/// <param name="Author">Null for the server's own entries (starter code, verdicts).</param>
public sealed record RoomEventView(long Id, RoomEventKind Kind, RoomRole? Author, string AuthorName, DateTimeOffset At, byte[] Payload);

/// <summary>
/// The timer as the server keeps it: clients show <see cref="RemainingSeconds"/> counting down from
/// <see cref="ServerNow"/> while <see cref="Running"/>.
/// </summary>
public sealed record TimerView(bool Running, double RemainingSeconds, int TotalSeconds, DateTimeOffset ServerNow);

/// <summary>A scorecard as filled in: four dimensions 1 to 4, the hire signal (interviewer only), comments.</summary>
/// <param name="Round">The round it is about (a peer room's 1 or 2; default the current one): a peer scores the
/// other in the round they interviewed, and themself in the round they were the candidate.</param>
public sealed record ScorecardInput(int ProblemSolving, int Coding, int Communication, int Testing, HireSignal? Hire, string? Comments, int? Round = null);

/// <summary>One side's scorecard as revealed.</summary>
public sealed record ScorecardView(RoomRole By, string Name, int ProblemSolving, int Coding, int Communication, int Testing, HireSignal? Hire, string Comments);

/// <summary>
/// Both scorecards of a round, revealed together, with the calibration per dimension: the candidate's
/// self-rating minus the interviewer's (positive: the candidate rated themself higher).
/// </summary>
public sealed record ScorecardReveal(int Round, ScorecardView Interviewer, ScorecardView Candidate, ImmutableDictionary<string, int> Gap);

/// <summary>What the interviewer changes on the timer.</summary>
public enum TimerAction
{
    Start,
    Pause,
    Extend,
}

/// <summary>What everyone in the room may see of its problem.</summary>
public sealed record RoomProblemView(
    string Slug, string Title, ProblemKind Kind, string StatementHtml, ImmutableArray<string> Languages, ImmutableDictionary<string, string> StarterCode);

/// <summary>What only the interviewer receives: never sent on a candidate's or observer's connection.</summary>
public sealed record InterviewerBriefing(string? EditorialHtml, ImmutableDictionary<string, string> ReferenceSolutions, string? ConceptAnswers, ImmutableArray<string> Rubric);

/// <summary>A problem of the room's set, by name.</summary>
public sealed record RoomProblemSummary(string Slug, string Title, ProblemKind Kind, string Difficulty);

/// <summary>
/// What a participant works on now: their role (which swaps in a peer room's second round), the problem as that
/// role may see it, the language its code is in (its text is the shared type <c>code:SLUG:LANGUAGE</c>; a concept
/// problem's written answer is <c>code:SLUG:text</c>).
/// </summary>
/// <param name="Briefing">Only for the interviewer; null for everyone else.</param>
public sealed record RoomOpened(RoomRole Role, int Round, string Language, RoomProblemView Problem, InterviewerBriefing? Briefing);

/// <summary>The answer to joining: the room, what the caller works on now, the log from where the caller left off.</summary>
/// <param name="Set">The room's problems, in order (the interviewer may open any of them).</param>
/// <param name="Scorecards">Each round's scorecards once both of that round are in (nobody sees one alone but its author).</param>
public sealed record JoinedRoom(
    Guid Room, RoomMode Mode, RoomOpened Now, ImmutableArray<RoomProblemSummary> Set, TimerView Timer,
    ImmutableArray<RoomEventView> Events, ImmutableArray<ScorecardReveal> Scorecards);

/// <summary>What a room's Run entry says: which submission, run or submit, in which language.</summary>
public sealed record RoomRun(Guid Submission, string Mode, string Language);

/// <summary>What a room's ConsoleInput entry says: the snippet, in the room's language then.</summary>
public sealed record RoomConsoleInput(string Language, string Code);

/// <summary>What a room's ConsoleOutput entry says: the <see cref="Input"/> entry it answers and what the snippet gave
/// (as <see cref="Consoles.ConsoleEvaluated"/> has it).</summary>
public sealed record RoomConsoleOutput(long Input, string Language, string Stdout, string? Value, string? Error, int? Line, bool OutputLimit, string? Restarted, double Ms);

/// <summary>What a room's Language entry says: the language it switched from and to.</summary>
public sealed record RoomLanguageSwitch(string From, string To);

/// <summary>What a room's Problem entry says: the problem it left (null for the room's first entry), the one it opened, its language, the round.</summary>
public sealed record RoomProblemSwitch(string? From, string To, string Language, int Round);

/// <summary>
/// A room's log for the replay: the entries, each with its time. The first is a <c>Problem</c> entry (the problem
/// and language the interview began with); later <c>Problem</c> and <c>Language</c> entries change them.
/// </summary>
public sealed record RoomReplay(Guid Room, RoomMode Mode, ImmutableArray<RoomEventView> Events);
