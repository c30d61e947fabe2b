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
}

/// <summary>Creating a room (POST /api/rooms).</summary>
/// <param name="Problem">The problem's slug.</param>
/// <param name="Minutes">The interview's length, 5 to 180 (default 45).</param>
/// <param name="Mode">Interviewer-led (default) or peer.</param>
public sealed record CreateRoomRequest(string Problem, int? Minutes, RoomMode? Mode);

/// <summary>A new room and its invite links (each shown once: only hashes are stored).</summary>
public sealed record CreatedRoom(Guid Id, string Problem, RoomMode Mode, int Minutes, ImmutableDictionary<RoomRole, RoomLink> Links);

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
public sealed record ScorecardInput(int ProblemSolving, int Coding, int Communication, int Testing, HireSignal? Hire, string? Comments);

/// <summary>One side's scorecard as revealed.</summary>
public sealed record ScorecardView(RoomRole By, int ProblemSolving, int Coding, int Communication, int Testing, HireSignal? Hire, string Comments);

/// <summary>
/// Both scorecards, revealed together, with the calibration per dimension: the candidate's self-rating minus the
/// interviewer's (positive: the candidate rated themself higher).
/// </summary>
public sealed record ScorecardReveal(ScorecardView Interviewer, ScorecardView Candidate, ImmutableDictionary<string, int> Gap);

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

/// <summary>The answer to joining: the room, the caller's role, the log from where the caller left off.</summary>
/// <param name="Briefing">Only for the interviewer; null for everyone else.</param>
/// <param name="Language">The language the room codes in now; its text is the shared type <c>code:LANGUAGE</c>.</param>
/// <param name="Scorecards">Both scorecards once both are in; null before (nobody sees one alone but its author).</param>
public sealed record JoinedRoom(
    Guid Room, RoomRole Role, RoomMode Mode, string Language, RoomProblemView Problem, InterviewerBriefing? Briefing, TimerView Timer,
    ImmutableArray<RoomEventView> Events, ScorecardReveal? Scorecards);

/// <summary>What a room's Run entry says: which submission, run or submit, in which language.</summary>
public sealed record RoomRun(Guid Submission, string Mode, string Language);

/// <summary>What a room's Language entry says: the language it switched from and to.</summary>
public sealed record RoomLanguageSwitch(string From, string To);

/// <summary>
/// A room's log for the replay: the problem, the language the interview began in (later switches are
/// <c>Language</c> entries) and the entries, each with its time.
/// </summary>
public sealed record RoomReplay(Guid Room, string Problem, string Language, ImmutableArray<RoomEventView> Events);
