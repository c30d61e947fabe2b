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
    RoomLog log,
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

    /// <summary>The "language" of a concept problem's shared text: the candidate's written answer.</summary>
    public const string AnswerLanguage = "text";

    /// <summary>The most problems a room's set has.</summary>
    public const int MaxProblems = 20;

    /// <summary>The shared text of a problem's code in one language (a concept problem's answer: language <see cref="AnswerLanguage"/>).</summary>
    public static string CodeText(string problem, string language) => $"code:{problem}:{language}";

    /// <summary>Raised after a room's timer changed (started, paused, extended) or its round did.</summary>
    public event Action<Room>? TimerChanged;

    /// <summary>
    /// Creates a room and one link per role; its log starts with the first problem's <c>Problem</c> entry and each
    /// problem's starter code, put in the document by the server. An error in words when a problem or the set is unknown.
    /// </summary>
    public async Task<(CreatedRoom? Room, string? Error)> CreateAsync(CreateRoomRequest request, Func<string, string> url, string? userId, CancellationToken ct)
    {
        var snapshot = catalog.Current;
        var (slugs, error) = ProblemsOf(request, snapshot);
        if (error is not null)
        {
            return (null, error);
        }
        var mode = request.Mode ?? RoomMode.Interviewer;
        if (mode == RoomMode.Peer && slugs.Count < 2)
        {
            if (SecondFor(snapshot, slugs[0]) is not { } second)
            {
                return (null, $"A peer interview has two problems, one per round, and the catalog has no second problem like '{slugs[0]}': name two.");
            }
            slugs.Add(second);
        }
        var first = snapshot.Problems[slugs[0]];
        var room = new Room
        {
            Id = Guid.CreateVersion7(),
            Problem = first.Slug,
            Problems = slugs,
            Language = LanguageFor(first, null),
            Mode = mode,
            Minutes = request.Minutes ?? 45,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = userId,
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
        db.Add(ServerEntry(room.Id, RoomEventKind.Problem, new RoomProblemSwitch(null, room.Problem, room.Language, room.Round)));
        foreach (var slug in slugs)
        {
            if (await SeedAsync(room.Id, snapshot.Problems[slug], ct) is { } seed)
            {
                db.Add(seed);
            }
        }
        await db.SaveChangesAsync(ct);
        return (new CreatedRoom(room.Id, room.Problem, [.. slugs], room.Mode, room.Minutes, links.ToImmutable()), null);
    }

    // The room's problems: the request's list, its set's, or its one problem; every one in the catalog, none twice.
    private static (List<string> Slugs, string? Error) ProblemsOf(CreateRoomRequest request, CatalogSnapshot snapshot)
    {
        List<string> slugs;
        if (!string.IsNullOrWhiteSpace(request.Set))
        {
            if (!snapshot.Sets.TryGetValue(request.Set, out var set))
            {
                return ([], $"There is no problem set '{request.Set}'. GET /api/sets lists them.");
            }
            // A set can name a problem that has since broken or gone: it is left out, as on the set's page.
            slugs = [.. set.Problems.Where(snapshot.Problems.ContainsKey)];
        }
        else
        {
            slugs = request.Problems is { IsDefaultOrEmpty: false } list ? [.. list] : string.IsNullOrWhiteSpace(request.Problem) ? [] : [request.Problem];
            if (request.Problem is { } one && !string.IsNullOrWhiteSpace(one) && !slugs.Contains(one))
            {
                slugs.Insert(0, one);
            }
        }
        if (slugs.Count == 0)
        {
            return ([], "Say which problem the room is for: {\"problem\": \"two-sum\"}, a list in \"problems\", or a set in \"set\".");
        }
        if (slugs.Count > MaxProblems)
        {
            return ([], $"A room has at most {MaxProblems} problems.");
        }
        if (slugs.FirstOrDefault(s => !snapshot.Problems.ContainsKey(s)) is { } unknown)
        {
            return ([], $"There is no problem '{unknown}'. GET /api/problems lists them.");
        }
        return slugs.Distinct(StringComparer.Ordinal).Count() == slugs.Count ? (slugs, null) : ([], "A room's problems are each named once.");
    }

    // A second problem for a peer room given one: the same kind, the nearest difficulty, then the first by slug.
    private static string? SecondFor(CatalogSnapshot snapshot, string slug)
    {
        var first = snapshot.Problems[slug];
        return snapshot.Problems.Values
            .Where(p => p.Slug != slug && p.Kind == first.Kind)
            .OrderBy(p => Math.Abs(p.Difficulty - first.Difficulty))
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => p.Slug)
            .FirstOrDefault();
    }

    // The language a problem opens in: the one asked for if the problem has it, else Python (the language of ML
    // interviews), else its first; a concept problem's answer is text.
    private static string LanguageFor(Problem problem, string? preferred)
    {
        if (problem.Kind == ProblemKind.Concept || problem.Languages.IsEmpty)
        {
            return AnswerLanguage;
        }
        if (preferred is not null && Languages.TryParse(preferred, out var wanted) && problem.Languages.Contains(wanted))
        {
            return wanted.Id();
        }
        return (problem.Languages.Contains(InterviewPractice.Problems.Language.Python) ? InterviewPractice.Problems.Language.Python : problem.Languages[0]).Id();
    }

    // The starter code of a problem in every language as one server-made update, with a client id of the
    // problem's own: the same bytes each time, so applied twice its text is there once. Null when it has none.
    private async Task<RoomEvent?> SeedAsync(Guid room, Problem problem, CancellationToken ct)
    {
        if (problem.StarterCode.IsEmpty)
        {
            return null;
        }
        var seed = await documents.SeedAsync(SeedClient(problem.Slug), problem.StarterCode.ToDictionary(kv => CodeText(problem.Slug, kv.Key.Id()), kv => kv.Value), ct);
        return new RoomEvent { RoomId = room, Kind = RoomEventKind.Document, AuthorName = ServerName, At = clock.GetUtcNow(), Payload = seed };
    }

    /// <summary>The Yjs client id a problem's starter code is inserted with: from its slug, so every node and every time agree.</summary>
    internal static int SeedClient(string slug) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(slug))) & 0x3FFF_FFFF) | 1;

    private RoomEvent ServerEntry<T>(Guid room, RoomEventKind kind, T payload) => new()
    {
        RoomId = room, Kind = kind, AuthorName = ServerName, At = clock.GetUtcNow(), Payload = JsonSerializer.SerializeToUtf8Bytes(payload, RoomJson.Options),
    };

    /// <summary>
    /// The seat a token gives, or null when the link is unknown or revoked; <paramref name="userId"/> (a signed-in
    /// joiner's account) takes the link's seat if no account has it yet.
    /// </summary>
    public async Task<Seat?> SeatAsync(string token, string name, CancellationToken ct, string? userId = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = Hash(token);
        var invite = await db.Set<RoomInvite>().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invite is null || invite.RevokedAt is not null)
        {
            return null;
        }
        // The first signed-in account through the link takes the seat (the link still works for anyone who has it).
        if (userId is not null && invite.UserId is null)
        {
            invite.UserId = userId;
            await db.SaveChangesAsync(ct);
        }
        return new Seat(invite.RoomId, invite.Id, invite.Role, name);
    }

    /// <summary>Everything a participant gets on joining: what they work on now as their role may see it, the timer, the log after <paramref name="after"/>.</summary>
    public async Task<JoinedRoom?> JoinAsync(Seat seat, long after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == seat.Room, ct);
        if (room is null || Now(room, seat.Role) is not { } now)
        {
            return null;
        }
        // A join from the start begins with the compacted document (if any) instead of every update before it;
        // the other entries (chat, timer, runs) come whole.
        var snapshot = after == 0 ? await db.Set<RoomSnapshot>().AsNoTracking().SingleOrDefaultAsync(s => s.RoomId == seat.Room, ct) : null;
        var upTo = snapshot?.UpTo ?? 0;
        var events = await Visible(db, seat)
            .Where(e => e.Id > after && (e.Id > upTo || e.Kind != RoomEventKind.Document))
            .OrderBy(e => e.Id)
            .Take(options.Value.MaxEventsPerJoin)
            .ToListAsync(ct);
        RoomEventView[] start = snapshot is null ? [] : [new(snapshot.UpTo, RoomEventKind.Document, null, ServerName, snapshot.At, snapshot.State)];
        var problems = catalog.Current.Problems;
        return new JoinedRoom(
            room.Id, room.Mode, now,
            [.. room.Problems.Select(problems.GetValueOrDefault).OfType<Problem>().Select(p => new RoomProblemSummary(p.Slug, p.Title, p.Kind, p.Difficulty.ToString()))],
            Timer(room),
            [.. start, .. events.Select(View)],
            await RevealsAsync(db, room.Id, ct));
    }

    // A room's entries as a link may see them: a private note only by the link that wrote it.
    private static IQueryable<RoomEvent> Visible(AppDbContext db, Seat seat) =>
        db.Set<RoomEvent>().AsNoTracking()
            .Where(e => e.RoomId == seat.Room && (e.Kind != RoomEventKind.Note || e.AuthorInvite == seat.Invite));

    // What a link works on now: its role this round, the open problem as that role may see it; null when the
    // problem has left the catalog.
    private RoomOpened? Now(Room room, RoomRole linkRole)
    {
        if (!catalog.Current.Problems.TryGetValue(room.Problem, out var problem))
        {
            return null;
        }
        var role = room.RoleOf(linkRole);
        return new RoomOpened(role, room.Round, room.Language, PublicView(problem), role == RoomRole.Interviewer ? Briefing(problem) : null);
    }

    /// <summary>
    /// Appends an entry by <paramref name="seat"/> (null: the server) to the room's log, durably (with the other
    /// entries of the moment, in one commit: <see cref="RoomLog"/>); returns it as clients see it.
    /// </summary>
    public async Task<RoomEventView> AppendAsync(Guid room, Seat? seat, RoomEventKind kind, byte[] payload, CancellationToken ct)
    {
        var entry = await log.AppendAsync(new RoomEvent
        {
            RoomId = room, Kind = kind, Author = seat?.Role, AuthorInvite = seat?.Invite, AuthorName = seat?.Name ?? ServerName, At = clock.GetUtcNow(), Payload = payload,
        }, ct);
        if (kind == RoomEventKind.Document)
        {
            compactor.Updated(room);
        }
        return View(entry);
    }

    /// <summary>
    /// Files <paramref name="seat"/>'s scorecard for a round (the interviewer's of the candidate, or the candidate's
    /// of themself, by the roles of that round). Returns an error in words, or, once both of the round are in, the
    /// reveal (logged in the room) for everyone.
    /// </summary>
    public async Task<(string? Error, ScorecardReveal? Reveal, RoomEventView? Logged)> ScoreAsync(Seat seat, ScorecardInput input, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleAsync(r => r.Id == seat.Room, ct);
        var round = input.Round ?? room.Round;
        if (round < 1 || round > room.Round)
        {
            return (room.Mode == RoomMode.Peer ? $"Score round 1{(room.Round == 2 ? " or 2" : "")}: round {round} has not begun." : "This room has one round.", null, null);
        }
        var role = room.RoleOf(seat.Role, round);
        if (Check(role, input) is { } error)
        {
            return (error, null, null);
        }
        var cards = await db.Set<RoomScorecard>().Where(c => c.RoomId == seat.Room && c.Round == round).ToListAsync(ct);
        if (cards.Count == 2)
        {
            return ("The scorecards are revealed; they no longer change.", null, null);
        }
        var card = cards.SingleOrDefault(c => c.By == role);
        if (card is null)
        {
            card = new RoomScorecard { RoomId = seat.Room, Round = round, By = role, Name = seat.Name, Comments = "" };
            db.Add(card);
        }
        (card.ProblemSolving, card.Coding, card.Communication, card.Testing) = (input.ProblemSolving, input.Coding, input.Communication, input.Testing);
        card.Name = seat.Name;
        card.Hire = input.Hire;
        card.Comments = (input.Comments ?? "").Trim();
        card.At = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // Read again after storing: when both sides file at the same moment, each sees the other's card here, so
        // the reveal cannot be missed by both.
        if ((await RevealsAsync(db, seat.Room, ct)).FirstOrDefault(r => r.Round == round) is not { } reveal)
        {
            return (null, null, null);
        }
        var logged = await AppendAsync(seat.Room, null, RoomEventKind.Scorecards, JsonSerializer.SerializeToUtf8Bytes(reveal, RoomJson.Options), ct);
        return (null, reveal, logged);
    }

    /// <summary>
    /// The room's log for its replay, from entry <paramref name="after"/> on, as <paramref name="token"/>'s link may
    /// see it (a private note only for the link that wrote it); null when the token is not one of the room's links.
    /// </summary>
    public async Task<RoomReplay?> ReplayAsync(Guid room, string token, long after, int limit, CancellationToken ct)
    {
        if (await SeatAsync(token, "", ct) is not { } seat || seat.Room != room)
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mode = await db.Set<Room>().Where(r => r.Id == room).Select(r => r.Mode).SingleAsync(ct);
        var events = await Visible(db, seat).Where(e => e.Id > after).OrderBy(e => e.Id).Take(limit).ToListAsync(ct);
        return new RoomReplay(room, mode, [.. events.Select(View)]);
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

    private static async Task<ImmutableArray<ScorecardReveal>> RevealsAsync(AppDbContext db, Guid room, CancellationToken ct) =>
    [
        .. (await db.Set<RoomScorecard>().AsNoTracking().Where(c => c.RoomId == room).ToListAsync(ct))
            .GroupBy(c => c.Round)
            .OrderBy(g => g.Key)
            .Select(g => Reveal(g.Key, [.. g]))
            .OfType<ScorecardReveal>(),
    ];

    private static ScorecardReveal? Reveal(int round, List<RoomScorecard> cards)
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
        return new ScorecardReveal(round, View(interviewer), View(candidate), gap);
    }

    private static ScorecardView View(RoomScorecard c) => new(c.By, c.Name, c.ProblemSolving, c.Coding, c.Communication, c.Testing, c.Hire, c.Comments);

    /// <summary>Switches the language of the open problem; null when it has no such language (a concept problem has none).</summary>
    public async Task<RoomEventView?> SwitchLanguageAsync(Seat seat, string language, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleAsync(r => r.Id == seat.Room, ct);
        if (!catalog.Current.Problems.TryGetValue(room.Problem, out var problem)
            || !Languages.TryParse(language, out var parsed) || !problem.Languages.Contains(parsed) || problem.Kind == ProblemKind.Concept)
        {
            return null;
        }
        var from = room.Language;
        room.Language = parsed.Id();
        var entry = new RoomEvent
        {
            RoomId = room.Id, Kind = RoomEventKind.Language, Author = seat.Role, AuthorInvite = seat.Invite, AuthorName = seat.Name, At = clock.GetUtcNow(),
            Payload = JsonSerializer.SerializeToUtf8Bytes(new RoomLanguageSwitch(from, room.Language), RoomJson.Options),
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return View(entry);
    }

    /// <summary>
    /// Opens <paramref name="slug"/> (a problem of the room's set, or any of the catalog's, which joins the set):
    /// the interviewer's only. Everyone receives the new entries and <see cref="IRoomClient.Opened"/>. An error in words.
    /// </summary>
    public async Task<string?> OpenAsync(Seat seat, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleAsync(r => r.Id == seat.Room, ct);
        if (room.RoleOf(seat.Role) != RoomRole.Interviewer)
        {
            return "Only the interviewer opens another problem.";
        }
        if (!catalog.Current.Problems.TryGetValue(slug, out var problem))
        {
            return $"There is no problem '{slug}'.";
        }
        if (room.Problem == slug)
        {
            return $"'{problem.Title}' is open already.";
        }
        List<RoomEvent> entries = [];
        if (!room.Problems.Contains(slug))
        {
            if (room.Problems.Count >= MaxProblems)
            {
                return $"A room has at most {MaxProblems} problems.";
            }
            room.Problems = [.. room.Problems, slug];
            if (await SeedAsync(room.Id, problem, ct) is { } seed)
            {
                entries.Add(seed);
            }
        }
        entries.Add(Opening(room, problem, seat));
        db.AddRange(entries);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(db, room, entries, ct);
        return null;
    }

    /// <summary>
    /// Starts a peer room's second round: the roles swap and its second problem opens. Done once, by whichever
    /// node or caller gets there first (at half time, or when the round 1 interviewer moves on early); false
    /// when the room is not a peer room in round 1, or the caller is not its interviewer.
    /// </summary>
    public async Task<bool> SwapAsync(Guid roomId, Seat? by, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is not { Mode: RoomMode.Peer, Round: 1 } || (by is not null && room.RoleOf(by.Role) != RoomRole.Interviewer)
            || !catalog.Current.Problems.TryGetValue(room.Problems[1], out var second))
        {
            return false;
        }
        room.Round = 2;
        var entry = Opening(room, second, by);
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node (or the other peer) swapped first.
            return false;
        }
        await AnnounceAsync(db, room, [entry], ct);
        TimerChanged?.Invoke(room);
        return true;
    }

    // Makes the problem the open one (in the language the room codes in, where it has it) and returns its entry.
    private RoomEvent Opening(Room room, Problem problem, Seat? by)
    {
        var from = room.Problem;
        room.Problem = problem.Slug;
        room.Language = LanguageFor(problem, room.Language);
        var entry = ServerEntry(room.Id, RoomEventKind.Problem, new RoomProblemSwitch(from, room.Problem, room.Language, room.Round));
        (entry.Author, entry.AuthorInvite, entry.AuthorName) = (by?.Role, by?.Invite, by?.Name ?? ServerName);
        return entry;
    }

    // Tells the room what changed: the new entries to everyone, then to each link what it works on now (its role
    // this round, the briefing to the interviewer's link only).
    private async Task AnnounceAsync(AppDbContext db, Room room, List<RoomEvent> entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            await hub.Clients.Group(RoomHub.Group(room.Id)).Event(View(entry));
        }
        var invites = await db.Set<RoomInvite>().AsNoTracking().Where(i => i.RoomId == room.Id && i.RevokedAt == null).ToListAsync(ct);
        foreach (var invite in invites)
        {
            if (Now(room, invite.Role) is { } now)
            {
                await hub.Clients.Group(RoomHub.InviteGroup(invite.Id)).Opened(now);
            }
        }
    }

    /// <summary>
    /// The room's code in the open problem and <paramref name="language"/> (default: the room's language) as the
    /// server's copy of the document has it: what Run and Submit judge, whatever a client claims.
    /// </summary>
    public async Task<string> CodeAsync(Guid roomId, string? language, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleAsync(r => r.Id == roomId, ct);
        var updates = await RoomCompactor.DocumentAsync(db, roomId, ct);
        return updates.Count == 0 ? "" : await documents.TextAsync(updates, CodeText(room.Problem, language ?? room.Language), ct);
    }

    /// <summary>The room's language now (<see cref="AnswerLanguage"/> for a concept question).</summary>
    public async Task<string> LanguageAsync(Guid roomId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Room>().AsNoTracking().Where(r => r.Id == roomId).Select(r => r.Language).SingleAsync(ct);
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
        if (room.Language == AnswerLanguage)
        {
            return (null, Guid.Empty, new SubmissionRefusal(StatusCodes.Status400BadRequest, "Nothing to run",
                "A concept question is talked through, not judged: the interviewer has its answers in the briefing."));
        }
        var code = await CodeAsync(room.Id, room.Language, ct);
        var (submission, refusal) = await intake.EnqueueAsync(new SubmissionRequest(room.Problem, room.Language, code, mode, null), $"{RoomRuns.ClientPrefix}{room.Id:N}", db, ct);
        if (submission is null)
        {
            return (null, Guid.Empty, refusal);
        }
        var logged = await AppendAsync(room.Id, seat, RoomEventKind.Run,
            JsonSerializer.SerializeToUtf8Bytes(new RoomRun(submission.Id, mode, room.Language), RoomJson.Options), ct);
        return (logged, submission.Id, null);
    }

    /// <summary>Starts, pauses or extends the room's timer (the interviewer's only); logs the change; the new state, or an error in words.</summary>
    public async Task<(TimerView? Timer, RoomEventView? Logged, string? Error)> ChangeTimerAsync(Seat seat, TimerAction action, int minutes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().SingleAsync(r => r.Id == seat.Room, ct);
        if (room.RoleOf(seat.Role) != RoomRole.Interviewer)
        {
            return (null, null, "Only the interviewer keeps time.");
        }
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
            RoomId = room.Id, Kind = RoomEventKind.Timer, Author = seat.Role, AuthorInvite = seat.Invite, AuthorName = seat.Name, At = now,
            Payload = JsonSerializer.SerializeToUtf8Bytes(new { action, timer.RemainingSeconds, timer.TotalSeconds }, RoomJson.Options),
        };
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, null, "The roles swapped just now: try again.");
        }
        TimerChanged?.Invoke(room);
        return (timer, View(entry), null);
    }

    /// <summary>A private note of the interviewer's (in peer mode, of whoever interviews now): logged; an error in words.</summary>
    public async Task<(RoomEventView? Logged, string? Error)> NoteAsync(Seat seat, string text, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Set<Room>().AsNoTracking().SingleAsync(r => r.Id == seat.Room, ct);
        return room.RoleOf(seat.Role) == RoomRole.Interviewer
            ? (await AppendAsync(seat.Room, seat, RoomEventKind.Note, Encoding.UTF8.GetBytes(text), ct), null)
            : (null, "Notes are the interviewer's.");
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

    /// <summary>
    /// Closes this node's connections whose link was revoked (on any node: the node that revokes closes its own at
    /// once; the others find it here, from the database). Returns how many it closed.
    /// </summary>
    public async Task<int> CloseRevokedAsync(CancellationToken ct)
    {
        var invites = _connections.Values.Select(c => c.Invite).Distinct().ToList();
        if (invites.Count == 0)
        {
            return 0;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var revoked = (await db.Set<RoomInvite>().AsNoTracking()
            .Where(i => invites.Contains(i.Id) && i.RevokedAt != null)
            .Select(i => i.Id)
            .ToListAsync(ct)).ToHashSet();
        var closing = _connections.Where(c => revoked.Contains(c.Value.Invite)).ToList();
        foreach (var (_, connection) in closing)
        {
            connection.Abort();
        }
        return closing.Count;
    }

    /// <summary>Remembers which invite a connection came through (so revoking closes it).</summary>
    public void Connected(string connectionId, Guid invite, Action abort) => _connections[connectionId] = (invite, abort);

    public void Disconnected(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>The server's time now (the rooms' clock).</summary>
    public DateTimeOffset UtcNow => clock.GetUtcNow();

    /// <summary>The timer of a room as it is now.</summary>
    public TimerView Timer(Room room)
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
