using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewPractice.Problems;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>A participant's seat: the room and role an invite link gave this connection.</summary>
public sealed record Seat(Guid Room, Guid Invite, RoomRole Role, string Name);

/// <summary>
/// Rooms, their invite links, their durable event log and their timer. The hub is a thin door to this; every
/// rule about who may do what is here.
/// </summary>
public sealed class RoomService(
    IServiceScopeFactory scopes,
    ProblemCatalog catalog,
    YjsDocuments documents,
    RoomCompactor compactor,
    SubmissionIntake intake,
    Microsoft.AspNetCore.SignalR.IHubContext<RoomHub, IRoomClient> hub,
    TimeProvider clock,
    IOptions<RoomsOptions> options)
{
    /// <summary>What the interviewer is asked to judge, the scorecard's dimensions.</summary>
    public static readonly ImmutableArray<string> Rubric =
    [
        "Problem solving: understands the problem, asks about constraints, finds and compares approaches.",
        "Coding: turns the idea into correct, readable code in the chosen language.",
        "Communication: explains the plan and trade-offs while working; takes hints well.",
        "Testing: checks the code with examples and edge cases, finds and fixes bugs.",
    ];

    // Which connections came through which invite, so revoking a link closes them.
    private readonly ConcurrentDictionary<string, (Guid Invite, Action Abort)> _connections = new();

    /// <summary>The name the server's own log entries carry.</summary>
    public const string ServerName = "InterviewPractice";

    /// <summary>The shared text of a language's code in a room's document.</summary>
    public static string CodeText(string language) => $"code:{language}";

    /// <summary>
    /// Creates a room and one link per role, its document seeded with the problem's starter code in every
    /// language (one update, made by the server, so no client ever inserts it); null when the problem does not exist.
    /// </summary>
    public async Task<CreatedRoom?> CreateAsync(CreateRoomRequest request, Func<string, string> url, CancellationToken ct)
    {
        if (!catalog.Current.Problems.TryGetValue(request.Problem, out var problem))
        {
            return null;
        }
        var room = new Room
        {
            Id = Guid.CreateVersion7(),
            Problem = request.Problem,
            // Python first where there is a choice: the language of ML interviews.
            Language = (problem.Languages.Contains(InterviewPractice.Problems.Language.Python) ? InterviewPractice.Problems.Language.Python : problem.Languages.FirstOrDefault()).Id(),
            Mode = request.Mode ?? RoomMode.Interviewer,
            Minutes = request.Minutes ?? 45,
            CreatedAt = clock.GetUtcNow(),
        };
        var links = ImmutableDictionary.CreateBuilder<RoomRole, RoomLink>();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(room);
        foreach (var role in Enum.GetValues<RoomRole>())
        {
            var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            var invite = new RoomInvite { Id = Guid.CreateVersion7(), RoomId = room.Id, Role = role, TokenHash = Hash(token) };
            db.Add(invite);
            links[role] = new RoomLink(invite.Id, token, url(token));
        }
        if (!problem.StarterCode.IsEmpty)
        {
            var seed = await documents.SeedAsync(1, problem.StarterCode.ToDictionary(kv => CodeText(kv.Key.Id()), kv => kv.Value), ct);
            db.Add(new RoomEvent { RoomId = room.Id, Kind = RoomEventKind.Document, AuthorName = ServerName, At = room.CreatedAt, Payload = seed });
        }
        await db.SaveChangesAsync(ct);
        return new CreatedRoom(room.Id, room.Problem, room.Mode, room.Minutes, links.ToImmutable());
    }

    /// <summary>The seat a token gives, or null when the link is unknown or revoked.</summary>
    public async Task<Seat?> SeatAsync(string token, string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = Hash(token);
        var invite = await db.Set<RoomInvite>().AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invite is null || invite.RevokedAt is not null ? null : new Seat(invite.RoomId, invite.Id, invite.Role, name);
    }

    /// <summary>Everything a participant gets on joining: the problem as their role may see it, the timer, the log after <paramref name="after"/>.</summary>
    public async Task<JoinedRoom?> JoinAsync(Seat seat, long after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == seat.Room, ct);
        if (room is null || !catalog.Current.Problems.TryGetValue(room.Problem, out var problem))
        {
            return null;
        }
        // A join from the start begins with the compacted document (if any) instead of every update before it;
        // the other entries (chat, timer, runs) come whole.
        var snapshot = after == 0 ? await db.Set<RoomSnapshot>().AsNoTracking().SingleOrDefaultAsync(s => s.RoomId == seat.Room, ct) : null;
        var upTo = snapshot?.UpTo ?? 0;
        var events = await db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == seat.Room && e.Id > after && (e.Id > upTo || e.Kind != RoomEventKind.Document))
            .Where(e => seat.Role == RoomRole.Interviewer || e.Kind != RoomEventKind.Note)
            .OrderBy(e => e.Id)
            .Take(options.Value.MaxEventsPerJoin)
            .ToListAsync(ct);
        RoomEventView[] start = snapshot is null ? [] : [new(snapshot.UpTo, RoomEventKind.Document, null, ServerName, snapshot.At, snapshot.State)];
        return new JoinedRoom(
            room.Id, seat.Role, room.Mode, room.Language, PublicView(problem),
            seat.Role == RoomRole.Interviewer ? Briefing(problem) : null,
            Timer(room),
            [.. start, .. events.Select(View)],
            await RevealAsync(db, room.Id, ct));
    }

    /// <summary>Appends an entry by <paramref name="seat"/> (null: the server) to the room's log, durably; returns it as clients see it.</summary>
    public async Task<RoomEventView> AppendAsync(Guid room, Seat? seat, RoomEventKind kind, byte[] payload, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = new RoomEvent { RoomId = room, Kind = kind, Author = seat?.Role, AuthorName = seat?.Name ?? ServerName, At = clock.GetUtcNow(), Payload = payload };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        if (kind == RoomEventKind.Document)
        {
            compactor.Updated(room);
        }
        return View(entry);
    }

    /// <summary>
    /// Files <paramref name="seat"/>'s scorecard (the interviewer's, or the candidate's of themself). Returns an
    /// error in words, or, once both are in, the reveal (logged in the room) for everyone.
    /// </summary>
    public async Task<(string? Error, ScorecardReveal? Reveal, RoomEventView? Logged)> ScoreAsync(Seat seat, ScorecardInput input, CancellationToken ct)
    {
        if (Check(seat.Role, input) is { } error)
        {
            return (error, null, null);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cards = await db.Set<RoomScorecard>().Where(c => c.RoomId == seat.Room).ToListAsync(ct);
        if (cards.Count == 2)
        {
            return ("The scorecards are revealed; they no longer change.", null, null);
        }
        var card = cards.SingleOrDefault(c => c.By == seat.Role);
        if (card is null)
        {
            card = new RoomScorecard { RoomId = seat.Room, By = seat.Role, Comments = "" };
            db.Add(card);
            cards.Add(card);
        }
        (card.ProblemSolving, card.Coding, card.Communication, card.Testing) = (input.ProblemSolving, input.Coding, input.Communication, input.Testing);
        card.Hire = input.Hire;
        card.Comments = (input.Comments ?? "").Trim();
        card.At = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // Read again after storing: when both sides file at the same moment, each sees the other's card here, so
        // the reveal cannot be missed by both.
        if (await RevealAsync(db, seat.Room, ct) is not { } reveal)
        {
            return (null, null, null);
        }
        var logged = await AppendAsync(seat.Room, null, RoomEventKind.Scorecards, JsonSerializer.SerializeToUtf8Bytes(reveal, RoomJson.Options), ct);
        return (null, reveal, logged);
    }

    /// <summary>
    /// The room's log for its replay, from entry <paramref name="after"/> on, as <paramref name="token"/>'s role may
    /// see it (private notes for interviewers only); null when the token is not one of the room's links.
    /// </summary>
    public async Task<RoomReplay?> ReplayAsync(Guid room, string token, long after, int limit, CancellationToken ct)
    {
        if (await SeatAsync(token, "", ct) is not { } seat || seat.Room != room)
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var found = await db.Set<Room>().AsNoTracking().SingleAsync(r => r.Id == room, ct);
        var events = await db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == room && e.Id > after)
            .Where(e => seat.Role == RoomRole.Interviewer || e.Kind != RoomEventKind.Note)
            .OrderBy(e => e.Id)
            .Take(limit)
            .ToListAsync(ct);
        // The language the interview began in: the first switch's "from", or the room's language if none.
        var firstSwitch = await db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == room && e.Kind == RoomEventKind.Language)
            .OrderBy(e => e.Id)
            .Select(e => e.Payload)
            .FirstOrDefaultAsync(ct);
        var start = firstSwitch is null ? found.Language : JsonSerializer.Deserialize<RoomLanguageSwitch>(firstSwitch, RoomJson.Options)!.From;
        return new RoomReplay(room, found.Problem, start, [.. events.Select(View)]);
    }

    private static string? Check(RoomRole role, ScorecardInput input)
    {
        if (role == RoomRole.Observer)
        {
            return "Observers do not score.";
        }
        if (new[] { input.ProblemSolving, input.Coding, input.Communication, input.Testing }.Any(v => v is < 1 or > 4))
        {
            return "Score each dimension (problem solving, coding, communication, testing) from 1 to 4.";
        }
        if (role == RoomRole.Interviewer && input.Hire is null)
        {
            return "Give a hire signal (StrongNo, No, Yes, StrongYes).";
        }
        if (role == RoomRole.Candidate && input.Hire is not null)
        {
            return "The hire signal is the interviewer's; rate yourself on the four dimensions.";
        }
        return (input.Comments?.Length ?? 0) > 4000 ? "Comments have at most 4,000 characters." : null;
    }

    private static async Task<ScorecardReveal?> RevealAsync(AppDbContext db, Guid room, CancellationToken ct) =>
        Reveal(await db.Set<RoomScorecard>().AsNoTracking().Where(c => c.RoomId == room).ToListAsync(ct));

    private static ScorecardReveal? Reveal(List<RoomScorecard> cards)
    {
        var interviewer = cards.SingleOrDefault(c => c.By == RoomRole.Interviewer);
        var candidate = cards.SingleOrDefault(c => c.By == RoomRole.Candidate);
        if (interviewer is null || candidate is null)
        {
            return null;
        }
        var gap = ImmutableDictionary.CreateRange(new Dictionary<string, int>
        {
            ["problemSolving"] = candidate.ProblemSolving - interviewer.ProblemSolving,
            ["coding"] = candidate.Coding - interviewer.Coding,
            ["communication"] = candidate.Communication - interviewer.Communication,
            ["testing"] = candidate.Testing - interviewer.Testing,
        });
        return new ScorecardReveal(View(interviewer), View(candidate), gap);
    }

    private static ScorecardView View(RoomScorecard c) => new(c.By, c.ProblemSolving, c.Coding, c.Communication, c.Testing, c.Hire, c.Comments);

    /// <summary>Switches the room's language; null when the problem has no such language.</summary>
    public async Task<RoomEventView?> SwitchLanguageAsync(Seat seat, string language, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleAsync(r => r.Id == seat.Room, ct);
        if (!catalog.Current.Problems.TryGetValue(room.Problem, out var problem)
            || !Languages.TryParse(language, out var parsed) || !problem.Languages.Contains(parsed))
        {
            return null;
        }
        var from = room.Language;
        room.Language = parsed.Id();
        var entry = new RoomEvent
        {
            RoomId = room.Id, Kind = RoomEventKind.Language, Author = seat.Role, AuthorName = seat.Name, At = clock.GetUtcNow(),
            Payload = JsonSerializer.SerializeToUtf8Bytes(new RoomLanguageSwitch(from, room.Language), RoomJson.Options),
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return View(entry);
    }

    /// <summary>
    /// The room's code in <paramref name="language"/> (default: the room's language) as the server's copy of the
    /// document has it: what Run and Submit judge, whatever a client claims.
    /// </summary>
    public async Task<string> CodeAsync(Guid roomId, string? language, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        language ??= await db.Set<Room>().Where(r => r.Id == roomId).Select(r => r.Language).SingleAsync(ct);
        var updates = await RoomCompactor.DocumentAsync(db, roomId, ct);
        return updates.Count == 0 ? "" : await documents.TextAsync(updates, CodeText(language), ct);
    }

    /// <summary>
    /// Runs or submits the room's code, read from the server's document, on the room's behalf (one client of the
    /// queue per room); logs the run. The submission, or why the judge did not take it.
    /// </summary>
    public async Task<(RoomEventView? Logged, Guid Submission, SubmissionRefusal? Refusal)> RunAsync(Seat seat, string mode, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleAsync(r => r.Id == seat.Room, ct);
        var code = await CodeAsync(room.Id, room.Language, ct);
        var (submission, refusal) = await intake.EnqueueAsync(new SubmissionRequest(room.Problem, room.Language, code, mode, null), $"room-{room.Id:N}", db, ct);
        if (submission is null)
        {
            return (null, Guid.Empty, refusal);
        }
        var logged = await AppendAsync(room.Id, seat, RoomEventKind.Run,
            JsonSerializer.SerializeToUtf8Bytes(new RoomRun(submission.Id, mode, room.Language), RoomJson.Options), ct);
        return (logged, submission.Id, null);
    }

    /// <summary>Starts, pauses or extends the room's timer; logs the change; returns the new state.</summary>
    public async Task<(TimerView Timer, RoomEventView Logged)> ChangeTimerAsync(Seat seat, TimerAction action, int minutes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleAsync(r => r.Id == seat.Room, ct);
        var now = clock.GetUtcNow();
        switch (action)
        {
            case TimerAction.Start when room.RunningSince is null:
                room.RunningSince = now;
                break;
            case TimerAction.Pause when room.RunningSince is { } since:
                room.ElapsedSeconds += (now - since).TotalSeconds;
                room.RunningSince = null;
                break;
            case TimerAction.Extend:
                room.ExtraSeconds += minutes * 60;
                break;
        }
        var timer = Timer(room);
        var entry = new RoomEvent
        {
            RoomId = room.Id, Kind = RoomEventKind.Timer, Author = seat.Role, AuthorName = seat.Name, At = now,
            Payload = JsonSerializer.SerializeToUtf8Bytes(new { action, timer.RemainingSeconds, timer.TotalSeconds }, RoomJson.Options),
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return (timer, View(entry));
    }

    /// <summary>
    /// Revokes a link of a room; only the room's interviewer may. Returns false when <paramref name="interviewerToken"/>
    /// is not this room's interviewer link or the invite is not this room's.
    /// </summary>
    public async Task<bool> RevokeAsync(Guid room, Guid invite, string interviewerToken, CancellationToken ct)
    {
        var caller = await SeatAsync(interviewerToken, "", ct);
        if (caller is not { Role: RoomRole.Interviewer } || caller.Room != room)
        {
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await db.Set<RoomInvite>().SingleOrDefaultAsync(i => i.Id == invite && i.RoomId == room, ct);
        if (target is null)
        {
            return false;
        }
        target.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // Every node's connections of the link hear it (through the backplane where there is one); this node's
        // are closed at once.
        await hub.Clients.Group(RoomHub.InviteGroup(invite)).Revoked();
        foreach (var (_, connection) in _connections.Where(c => c.Value.Invite == invite))
        {
            connection.Abort();
        }
        return true;
    }

    /// <summary>Remembers which invite a connection came through (so revoking closes it).</summary>
    public void Connected(string connectionId, Guid invite, Action abort) => _connections[connectionId] = (invite, abort);

    public void Disconnected(string connectionId) => _connections.TryRemove(connectionId, out _);

    private TimerView Timer(Room room)
    {
        var now = clock.GetUtcNow();
        var total = room.Minutes * 60 + room.ExtraSeconds;
        var elapsed = room.ElapsedSeconds + (room.RunningSince is { } since ? (now - since).TotalSeconds : 0);
        return new TimerView(room.RunningSince is not null, Math.Max(0, total - elapsed), total, now);
    }

    private static RoomProblemView PublicView(Problem p) => new(
        p.Slug, p.Title, p.Kind, p.StatementHtml,
        [.. p.Languages.Select(l => l.Id())],
        p.StarterCode.ToImmutableDictionary(kv => kv.Key.Id(), kv => kv.Value));

    private static InterviewerBriefing Briefing(Problem p) => new(
        p.EditorialHtml,
        p.Solutions.Where(s => s.Expected == ExpectedOutcome.Accepted)
            .GroupBy(s => s.Language)
            .ToImmutableDictionary(g => g.Key.Id(), g => g.First().Code),
        p.AnswerKey is { } key ? string.Join("\n", key.Parts.Select(Answer)) : null,
        Rubric);

    private static string Answer(InterviewPractice.Problems.Concepts.AnswerPart part) =>
        $"{part.Public.Id}: " + (part.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? (part.Correct is { } correct ? string.Join(", ", correct.Order(StringComparer.Ordinal)) : null)
            ?? (part.Matrix is { } m ? string.Join("; ", m.Select(r => string.Join(" ", r))) : null)
            ?? part.Accept?.ToString()
            ?? "(see answers.yaml)");

    internal static RoomEventView View(RoomEvent e) => new(e.Id, e.Kind, e.Author, e.AuthorName, e.At, e.Payload);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
