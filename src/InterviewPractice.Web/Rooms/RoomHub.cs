using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// The live room: join with an invite token, then edit (Yjs updates), show presence, chat and keep time. Thin:
/// checks who may call what and what fits, then lets <see cref="RoomService"/> do it. The protocol is
/// docs/rooms-protocol.md.
/// </summary>
public sealed class RoomHub(RoomService rooms, RoomRuns runs, RoomConsoles consoles, IOptions<RoomsOptions> options) : Hub<IRoomClient>
{
    private const string SeatKey = "seat";

    /// <summary>Takes the seat <paramref name="token"/> gives and returns the room from entry <paramref name="after"/> on (0: all).</summary>
    public async Task<JoinedRoom> Join(string token, string name, long after)
    {
        if (Context.Items.ContainsKey(SeatKey))
        {
            throw new HubException("This connection has joined a room already; open another connection for another room.");
        }
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 60)
        {
            throw new HubException("Give a name of 1 to 60 characters.");
        }
        var seat = await rooms.SeatAsync(token ?? "", name, Context.ConnectionAborted, Context.UserIdentifier)
            ?? throw new HubException("This invite link is not valid, or it was revoked.");
        // In the groups before the log is read: an entry made meanwhile comes live, in the log, or both (clients
        // know entries by id), never neither.
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(seat.Room));
        await Groups.AddToGroupAsync(Context.ConnectionId, InviteGroup(seat.Invite));
        var joined = await rooms.JoinAsync(seat, after, Context.ConnectionAborted);
        if (joined is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(seat.Room));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, InviteGroup(seat.Invite));
            throw new HubException("This room's problem is no longer in the catalog.");
        }
        Context.Items[SeatKey] = seat;
        rooms.Connected(Context.ConnectionId, seat.Invite, Context.Abort);
        consoles.Joined(seat.Room, Context.ConnectionId);
        return joined;
    }

    /// <summary>A Yjs update of the shared document: relayed to the others at once (id 0) and logged. Returns its log id once stored.</summary>
    public async Task<long> Update(byte[] update)
    {
        var seat = Seated(mayEdit: true);
        Fits(update, "A document update");
        if (YjsUpdateFormat.Check(update) is { } wrong)
        {
            throw new HubException($"A document update is a Yjs update (format v1); this one is not: {wrong}.");
        }
        // Relayed at once, while it is being stored: the peers see the keystroke without waiting for the disk. Its
        // id (0 here) comes back to the sender once it is stored; a sender that never hears it sends it again, and
        // Yjs updates applied twice do no harm.
        var stored = rooms.AppendAsync(seat.Room, seat, RoomEventKind.Document, update, Context.ConnectionAborted);
        await Clients.OthersInGroup(Group(seat.Room)).Event(new RoomEventView(0, RoomEventKind.Document, seat.Role, seat.Name, rooms.UtcNow, update));
        return (await stored).Id;
    }

    /// <summary>This participant's presence (name, colour, cursor, selection) for the others; not logged.</summary>
    public Task Presence(byte[] state)
    {
        var seat = Seated(mayEdit: false);
        Fits(state, "A presence state");
        if (YjsUpdateFormat.CheckAwareness(state) is { } wrong)
        {
            throw new HubException($"A presence state is a Yjs awareness update; this one is not: {wrong}.");
        }
        return Clients.OthersInGroup(Group(seat.Room)).Presence(Context.ConnectionId, state);
    }

    /// <summary>A chat message: logged, then relayed to the others. Returns its log id.</summary>
    public async Task<long> Chat(string text)
    {
        var seat = Seated(mayEdit: false);
        text = (text ?? "").Trim();
        if (text.Length == 0 || text.Length > options.Value.MaxChatChars)
        {
            throw new HubException($"A chat message has 1 to {options.Value.MaxChatChars} characters.");
        }
        var e = await rooms.AppendAsync(seat.Room, seat, RoomEventKind.Chat, System.Text.Encoding.UTF8.GetBytes(text), Context.ConnectionAborted);
        await Clients.OthersInGroup(Group(seat.Room)).Event(e);
        return e.Id;
    }

    /// <summary>Starts, pauses or extends (by <paramref name="minutes"/>, 1 to 60) the timer: the interviewer only.</summary>
    public async Task<TimerView> Timer(TimerAction action, int minutes)
    {
        var seat = Seated(mayEdit: false);
        if (action == TimerAction.Extend && minutes is < 1 or > 60)
        {
            throw new HubException("Extend the timer by 1 to 60 minutes.");
        }
        var (timer, logged, error) = await rooms.ChangeTimerAsync(seat, action, minutes, Context.ConnectionAborted);
        if (error is not null)
        {
            throw new HubException(error);
        }
        await Clients.Group(Group(seat.Room)).Timer(timer!);
        await Clients.OthersInGroup(Group(seat.Room)).Event(logged!);
        return timer!;
    }

    /// <summary>Switches the room's language (its code is the document's text for that language).</summary>
    public async Task<long> Language(string language)
    {
        var seat = Seated(mayEdit: true);
        var e = await rooms.SwitchLanguageAsync(seat, language ?? "", Context.ConnectionAborted)
            ?? throw new HubException($"'{language}' is not a language of this room's problem.");
        await Clients.OthersInGroup(Group(seat.Room)).Event(e);
        return e.Id;
    }

    /// <summary>
    /// Runs (<c>run</c>: samples) or submits (<c>submit</c>: hidden tests) the room's code as the server's document
    /// has it. Everyone in the room sees the run start, its tests as they finish and the verdict. Returns the
    /// submission's id.
    /// </summary>
    public async Task<Guid> Run(string mode)
    {
        var seat = Seated(mayEdit: true);
        if (mode is not ("run" or "submit"))
        {
            throw new HubException($"Run with mode 'run' (the samples) or 'submit' (the hidden tests), not '{mode}'.");
        }
        var (logged, submission, refusal) = await rooms.RunAsync(seat, mode, Context.ConnectionAborted);
        if (refusal is not null)
        {
            throw new HubException($"{refusal.Title}: {refusal.Detail}");
        }
        // The run's entry first (to everyone, its author too), then its tests and verdict, in that order.
        await Clients.Group(Group(seat.Room)).Event(logged!);
        runs.Follow(seat.Room, submission);
        return submission;
    }

    /// <summary>
    /// Evaluates a snippet in the room's shared console (a REPL in the room's language, in the sandbox): everyone in
    /// the room receives the snippet as it starts and what it gave, the caller too. Returns the output's log id.
    /// </summary>
    public async Task<long> Console(string code)
    {
        var seat = Seated(mayEdit: true);
        if (!consoles.Available)
        {
            throw new HubException("This server runs no consoles (its role is web): they run where the sandbox is.");
        }
        if (string.IsNullOrWhiteSpace(code) || code.Length > consoles.MaxCodeLength)
        {
            throw new HubException($"A snippet has 1 to {consoles.MaxCodeLength} characters.");
        }
        try
        {
            var output = await consoles.EvaluateAsync(seat, code, input => Clients.Group(Group(seat.Room)).Event(input));
            await Clients.Group(Group(seat.Room)).Event(output);
            return output.Id;
        }
        catch (InterviewPractice.Consoles.ConsoleUnavailableException e)
        {
            throw new HubException(e.Message);
        }
    }

    /// <summary>
    /// A private note of the interviewer's (in a peer room, of whoever interviews now): logged (for the replay) and
    /// shown to the link that wrote it only, on its other connections too.
    /// </summary>
    public async Task<long> Note(string text)
    {
        var seat = Seated(mayEdit: false);
        text = (text ?? "").Trim();
        if (text.Length == 0 || text.Length > options.Value.MaxChatChars)
        {
            throw new HubException($"A note has 1 to {options.Value.MaxChatChars} characters.");
        }
        var (e, error) = await rooms.NoteAsync(seat, text, Context.ConnectionAborted);
        if (error is not null)
        {
            throw new HubException(error);
        }
        await Clients.GroupExcept(InviteGroup(seat.Invite), Context.ConnectionId).Event(e!);
        return e!.Id;
    }

    /// <summary>
    /// Opens another problem (one of the room's set, or any of the catalog's): the interviewer only. Everyone
    /// receives the entries and <see cref="IRoomClient.Opened"/>, the caller too.
    /// </summary>
    public async Task Problem(string slug)
    {
        var seat = Seated(mayEdit: false);
        if (await rooms.OpenAsync(seat, slug ?? "", Context.ConnectionAborted) is { } error)
        {
            throw new HubException(error);
        }
    }

    /// <summary>
    /// Peer mode: ends round 1 now, before half time (the round's interviewer only): the roles swap and the
    /// second problem opens, as they do by themselves at half time.
    /// </summary>
    public async Task Swap()
    {
        var seat = Seated(mayEdit: false);
        if (!await rooms.SwapAsync(seat.Room, seat, Context.ConnectionAborted))
        {
            throw new HubException("Only a peer room's round 1 interviewer swaps the roles, once.");
        }
    }

    /// <summary>
    /// Files the caller's scorecard: the interviewer's assessment, or the candidate's of themself. Nobody sees
    /// the other's until both are in; then both, with the calibration, go to everyone (returned too).
    /// </summary>
    public async Task<ScorecardReveal?> Score(ScorecardInput input)
    {
        var seat = Seated(mayEdit: false);
        var (error, reveal, logged) = await rooms.ScoreAsync(seat, input ?? throw new HubException("Send a scorecard."), Context.ConnectionAborted);
        if (error is not null)
        {
            throw new HubException(error);
        }
        if (logged is not null)
        {
            await Clients.OthersInGroup(Group(seat.Room)).Event(logged);
        }
        return reveal;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        rooms.Disconnected(Context.ConnectionId);
        if (Context.Items.TryGetValue(SeatKey, out var value) && value is Seat seat)
        {
            consoles.Left(seat.Room, Context.ConnectionId);
            await Clients.OthersInGroup(Group(seat.Room)).Left(Context.ConnectionId);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private Seat Seated(bool mayEdit)
    {
        if (!Context.Items.TryGetValue(SeatKey, out var value) || value is not Seat seat)
        {
            throw new HubException("Join a room first.");
        }
        if (mayEdit && seat.Role == RoomRole.Observer)
        {
            throw new HubException("Observers do not edit.");
        }
        return seat;
    }

    private void Fits(byte[]? bytes, string what)
    {
        if (bytes is null || bytes.Length == 0 || bytes.Length > options.Value.MaxUpdateBytes)
        {
            throw new HubException($"{what} has 1 to {options.Value.MaxUpdateBytes} bytes.");
        }
    }

    /// <summary>The SignalR group of a room's connections.</summary>
    internal static string Group(Guid room) => $"room:{room:N}";

    /// <summary>
    /// The SignalR group of the connections that came through one invite link (whichever node holds them): what
    /// only one role may see goes there, by the role the link has at that moment.
    /// </summary>
    internal static string InviteGroup(Guid invite) => $"invite:{invite:N}";
}
