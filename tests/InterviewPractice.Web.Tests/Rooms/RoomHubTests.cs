using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InterviewPractice.Problems;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// The room hub with real SignalR clients on real Kestrel (a web node: no judge), in the style of ASP.NET Core's
/// SignalR functional tests: every await bounded, events awaited as they arrive.
/// </summary>
public sealed class RoomHubTests : RoomHubTestBase
{
    private readonly ManualClock _clock;

    public RoomHubTests()
        : this(new ManualClock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)))
    {
    }

    private RoomHubTests(ManualClock clock)
        : base(clock, new Dictionary<string, string?> { ["Rooms:CallsPerSecond"] = "10", ["Rooms:CompactEvery"] = "6" }) => _clock = clock;

    [Fact]
    public async Task AnEditReachesThePeerAtOnceAndALateJoinerReadsItFromTheLog()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");

        var update = RoomClient.SomeUpdate(7);
        var id = await candidate.InvokeAsync<long>("Update", update);
        var seen = await interviewer.NextEventAsync();

        // Relayed while it is stored, so without an id (0); the sender's call returned the stored one.
        Assert.True(id > 0);
        Assert.Equal(0, seen.Id);
        Assert.Equal(RoomEventKind.Document, seen.Kind);
        Assert.Equal(update, seen.Payload);
        Assert.Equal(RoomRole.Candidate, seen.Author);
        Assert.Equal("Bo", seen.AuthorName);

        var chat = await interviewer.InvokeAsync<long>("Chat", "  Walk me through it.  ");
        var heard = await candidate.NextEventAsync();
        Assert.Equal((chat, RoomEventKind.Chat, "Walk me through it."), (heard.Id, heard.Kind, Encoding.UTF8.GetString(heard.Payload)));

        var observer = await ClientAsync();
        var late = await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
        // The server's opening of the problem and its starter code, then what was done in the room.
        Assert.Equal([RoomEventKind.Problem, RoomEventKind.Document], late.Events.Take(2).Select(e => e.Kind));
        Assert.All(late.Events.Take(2), e => Assert.Null(e.Author));
        Assert.Equal([id, chat], late.Events.Skip(2).Select(e => e.Id));
        Assert.Equal(update, late.Events[2].Payload);
    }

    [Fact]
    public async Task AReconnectingClientGetsExactlyWhatItMissed()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        var interviewer = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var first = await candidate.InvokeAsync<long>("Update", RoomClient.SomeUpdate(1));
        Assert.Equal(RoomClient.SomeUpdate(1), (await interviewer.NextEventAsync()).Payload);

        await interviewer.Connection.StopAsync().WaitAsync(RoomClient.Bound);
        var missed = new List<long>();
        for (var i = 2; i <= 4; i++)
        {
            missed.Add(await candidate.InvokeAsync<long>("Update", RoomClient.SomeUpdate(i)));
        }
        var back = await ClientAsync();
        var resync = await back.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada", after: first);

        Assert.Equal(missed, resync.Events.Select(e => e.Id));
        Assert.Equal([RoomClient.SomeUpdate(2), RoomClient.SomeUpdate(3), RoomClient.SomeUpdate(4)], resync.Events.Select(e => e.Payload));
    }

    [Fact]
    public async Task OnlyTheInterviewerReceivesTheBriefingAndNoOtherRoleCanReachIt()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        var observer = await ClientAsync();
        var asInterviewer = await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var asCandidate = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        var asObserver = await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
        // Everything the hub does in a room, so each role receives all it ever can.
        await interviewer.InvokeAsync<TimerView>("Timer", TimerAction.Start, 0);
        var note = await interviewer.InvokeAsync<long>("Note", "private: misses the empty input ZX9Q");
        await interviewer.InvokeAsync<long>("Chat", "hello");
        await candidate.InvokeAsync<long>("Update", RoomClient.SomeUpdate(9));
        await candidate.NextTimerAsync();
        await candidate.NextEventAsync();
        await candidate.NextEventAsync();
        await observer.NextTimerAsync();

        var problem = App.Services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"];
        var reference = problem.Solutions.First(s => s.Expected == ExpectedOutcome.Accepted);
        Assert.NotNull(asInterviewer.Now.Briefing);
        Assert.Equal(reference.Code, asInterviewer.Now.Briefing.ReferenceSolutions[reference.Language.Id()]);
        Assert.Equal(RoomService.Rubric.ToArray(), asInterviewer.Now.Briefing.Rubric.ToArray());
        Assert.Null(asCandidate.Now.Briefing);
        Assert.Null(asObserver.Now.Briefing);
        var secretLine = reference.Code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 25).OrderByDescending(l => l.Length).First();
        foreach (var (role, client) in new[] { ("candidate", candidate), ("observer", observer) })
        {
            var received = client.Received;
            Assert.DoesNotContain("ZX9Q", received);
            Assert.DoesNotContain("referenceSolutions", received);
            Assert.DoesNotContain("rubric", received, StringComparison.OrdinalIgnoreCase);
            Assert.False(received.Contains(System.Text.Json.JsonSerializer.Serialize(secretLine)[1..^1], StringComparison.Ordinal), $"the {role} received a line of the reference solution");
            if (problem.EditorialHtml is { Length: > 0 } editorial)
            {
                Assert.DoesNotContain(System.Text.Json.JsonSerializer.Serialize(editorial)[1..^1], received);
            }
        }
        // Nor on joining again, nor in the replay; the interviewer gets the note in both.
        var rejoined = await ClientAsync();
        var again = await rejoined.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.DoesNotContain(again.Events, e => e.Kind == RoomEventKind.Note);
        Assert.DoesNotContain(await ReplayAsync(room.Id, room.Links[RoomRole.Candidate].Token), e => e.Kind == RoomEventKind.Note);
        Assert.DoesNotContain(await ReplayAsync(room.Id, room.Links[RoomRole.Observer].Token), e => e.Kind == RoomEventKind.Note);
        Assert.Contains(await ReplayAsync(room.Id, room.Links[RoomRole.Interviewer].Token), e => e.Id == note && e.Kind == RoomEventKind.Note);
        var ownLater = await ClientAsync();
        Assert.Contains((await ownLater.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada")).Events, e => e.Id == note);
        // And the calls that are the interviewer's fail for the others.
        var noted = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Note", "x"));
        Assert.Contains("Notes are the interviewer's", noted.Message);
        var timer = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<TimerView>("Timer", TimerAction.Pause, 0));
        Assert.Contains("Only the interviewer keeps time", timer.Message);
        var edit = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<long>("Update", RoomClient.SomeUpdate(1)));
        Assert.Contains("Observers do not edit", edit.Message);
    }

    [Fact]
    public async Task ARevokedLinkClosesItsConnectionAndNoLongerJoins()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        var candidateInvite = room.Links[RoomRole.Candidate].Invite;

        var byCandidate = await RevokeAsync(room.Id, candidateInvite, room.Links[RoomRole.Candidate].Token);
        Assert.Equal(HttpStatusCode.Forbidden, byCandidate.StatusCode);
        var other = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var byOtherRoomsInterviewer = await RevokeAsync(room.Id, candidateInvite, other.Links[RoomRole.Interviewer].Token);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherRoomsInterviewer.StatusCode);

        var revoked = await RevokeAsync(room.Id, candidateInvite, room.Links[RoomRole.Interviewer].Token);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await candidate.Revoked.Task.WaitAsync(RoomClient.Bound);
        await candidate.Closed.Task.WaitAsync(RoomClient.Bound);

        var again = await ClientAsync();
        var refused = await Assert.ThrowsAsync<HubException>(() => again.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo"));
        Assert.Contains("not valid, or it was revoked", refused.Message);
        // The other links of the room still work.
        await again.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
    }

    [Fact]
    public async Task APasteBeyondSignalRsDefault32KBGoesThroughAndAnOversizedUpdateFailsAloneWithoutClosingAnything()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        var interviewer = await ClientAsync();
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");

        var paste = RoomClient.TextUpdate(string.Concat(Enumerable.Range(0, 200 * 1024 / 16).Select(i => $"line {i,10}\n")));
        Assert.True(paste.Length > 200 * 1024);
        await candidate.InvokeAsync<long>("Update", paste);
        Assert.Equal(paste, (await interviewer.NextEventAsync()).Payload);

        var tooBig = RoomClient.TextUpdate(new string('x', new RoomsOptions().MaxUpdateBytes));
        var refused = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Update", tooBig));
        Assert.Contains("A document update has 1 to", refused.Message);
        var badChat = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Chat", new string('x', 5000)));
        Assert.Contains("A chat message has 1 to 2000 characters", badChat.Message);

        await candidate.InvokeAsync<long>("Update", RoomClient.SomeUpdate(5));
        Assert.Equal(RoomClient.SomeUpdate(5), (await interviewer.NextEventAsync()).Payload);
    }

    [Fact]
    public async Task MalformedUpdatesPresenceAndCallsGetAnErrorAndTheRoomAndConnectionCarryOn()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        var interviewer = await ClientAsync();
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");

        // Bytes that are not a Yjs update would break every browser in the room and the server's reading of it.
        byte[][] garbage = [[1, 2, 3, 250, 0, 7], [1], [0, 0, 9], [1, 1, 5, 0, 4, 1, 5, 0x70, 0x61], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]];
        foreach (var bytes in garbage)
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Update", bytes));
            Assert.Contains("A document update is a Yjs update (format v1); this one is not", refused.Message);
        }
        var badPresence = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<object?>("Presence", new byte[] { 1, 5, 1, 3, (byte)'{', (byte)'x', (byte)'}' }));
        Assert.Contains("A presence state is a Yjs awareness update", badPresence.Message);
        // Arguments of the wrong kind, or a method there is not: an error for the call, nothing more.
        var wrongKind = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Update", "not base64 %%%"));
        Assert.Contains("Failed to invoke 'Update'", wrongKind.Message);
        await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Chat", 1, 2, 3));
        await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("NoSuchMethod"));

        // Nothing of it reached the others or the log, and the room still reads and takes edits.
        var edit = await YjsDocumentsTests.EditAsync(RoomClient.DocumentOf(joined), RoomService.CodeText("two-sum", "python"), "still here\n");
        Assert.True(await candidate.InvokeAsync<long>("Update", edit) > 0);
        Assert.Equal(edit, (await interviewer.NextEventAsync()).Payload);
        Assert.Equal("still here\n", await App.Services.GetRequiredService<RoomService>().CodeAsync(room.Id, null, CancellationToken.None));
        Assert.Equal(HubConnectionState.Connected, candidate.Connection.State);
    }

    [Fact]
    public async Task CallsBeyondTheRateGetAnErrorAndTheConnectionCarriesOnWhenTheRateAllowsAgain()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");

        // The clock stands still: the bucket holds a burst of 2 x 10 calls, the join was one of them.
        for (var i = 0; i < 19; i++)
        {
            await candidate.InvokeAsync<long>("Chat", $"message {i}");
        }
        var limited = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Chat", "one too many"));
        Assert.Contains("Too many calls: at most 10 a second", limited.Message);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await candidate.InvokeAsync<long>("Chat", "after a second");
        Assert.Equal(HubConnectionState.Connected, candidate.Connection.State);
    }

    [Fact]
    public async Task TheServerKeepsTheTimeEveryClientShows()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum", minutes: 30);
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal((false, 1800.0, 1800), (joined.Timer.Running, joined.Timer.RemainingSeconds, joined.Timer.TotalSeconds));

        await interviewer.InvokeAsync<TimerView>("Timer", TimerAction.Start, 0);
        Assert.True((await candidate.NextTimerAsync()).Running);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await interviewer.InvokeAsync<TimerView>("Timer", TimerAction.Pause, 0);
        var paused = await candidate.NextTimerAsync();
        Assert.Equal((false, 1200.0), (paused.Running, paused.RemainingSeconds));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await interviewer.InvokeAsync<TimerView>("Timer", TimerAction.Extend, 5);
        var extended = await candidate.NextTimerAsync();
        Assert.Equal((false, 1500.0, 2100), (extended.Running, extended.RemainingSeconds, extended.TotalSeconds));

        // A page opened now shows the same.
        var reloaded = await ClientAsync();
        var again = await reloaded.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal(1500.0, again.Timer.RemainingSeconds);
    }

    [Fact]
    public async Task PresenceGoesToTheOthersAndALeavingParticipantsCursorIsDroppedAtOnce()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");

        var state = RoomClient.Awareness(12345, 1, """{"user":{"name":"Bo"},"cursor":null}""");
        await candidate.Connection.InvokeAsync("Presence", state).WaitAsync(RoomClient.Bound);
        var presence = await interviewer.NextPresenceAsync();
        Assert.Equal(candidate.Connection.ConnectionId, presence.Connection);
        Assert.Equal(state, presence.State);

        await candidate.Connection.StopAsync().WaitAsync(RoomClient.Bound);
        Assert.Equal(presence.Connection, await interviewer.NextLeftAsync());
    }

    [Fact]
    public async Task TheRoomOpensWithTheStarterCodeOnceAndTheServerReadsWhatTheEditorsWrote()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        var interviewer = await ClientAsync();
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var problem = App.Services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"];
        var rooms = App.Services.GetRequiredService<RoomService>();

        // The server opened the problem and seeded the document, before anyone joined.
        Assert.Equal([RoomEventKind.Problem, RoomEventKind.Document], joined.Events.Select(e => e.Kind));
        var seed = joined.Events[1];
        Assert.Equal((RoomEventKind.Document, (RoomRole?)null), (seed.Kind, seed.Author));
        Assert.Equal("python", joined.Now.Language);
        Assert.Equal(problem.StarterCode[Language.Python], await rooms.CodeAsync(room.Id, null, CancellationToken.None));
        Assert.Equal(problem.StarterCode[Language.JavaScript], await rooms.CodeAsync(room.Id, "javascript", CancellationToken.None));

        // An edit made by a browser's Yjs on top of what the candidate got is what the server reads.
        var edit = await YjsDocumentsTests.EditAsync([seed.Payload], RoomService.CodeText("two-sum", "python"), "def two_sum(nums, target):\n    return [0, 1]\n");
        await candidate.InvokeAsync<long>("Update", edit);
        Assert.Equal("def two_sum(nums, target):\n    return [0, 1]\n", await rooms.CodeAsync(room.Id, null, CancellationToken.None));

        var switched = await candidate.InvokeAsync<long>("Language", "javascript");
        var seen = await interviewer.NextEventAsync();
        Assert.Equal(edit, seen.Payload);
        seen = await interviewer.NextEventAsync();
        Assert.Equal((switched, RoomEventKind.Language), (seen.Id, seen.Kind));
        Assert.Equal(new RoomLanguageSwitch("python", "javascript"), System.Text.Json.JsonSerializer.Deserialize<RoomLanguageSwitch>(seen.Payload, RoomJson.Options));
        Assert.Equal(problem.StarterCode[Language.JavaScript], await rooms.CodeAsync(room.Id, null, CancellationToken.None));
        var refused = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<long>("Language", "cobol"));
        Assert.Contains("'cobol' is not a language of this room's problem", refused.Message);
    }

    [Fact]
    public async Task ALongLogIsCompactedInTheBackgroundAndANewcomerStartsFromTheSnapshotWithTheSameText()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var candidate = await ClientAsync();
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        var compactor = App.Services.GetRequiredService<RoomCompactor>();
        var compacted = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        compactor.Compacted += (id, upTo) =>
        {
            if (id == room.Id)
            {
                compacted.TrySetResult(upTo);
            }
        };

        // The sixth update starts a compaction (of the seed and all six); one more comes after it.
        var log = RoomClient.DocumentOf(joined);
        var ids = new List<long>();
        for (var i = 1; i <= 7; i++)
        {
            var edit = await YjsDocumentsTests.EditAsync(log, RoomService.CodeText("two-sum", "python"), $"version {i}\n");
            log.Add(edit);
            ids.Add(await candidate.InvokeAsync<long>("Update", edit));
            if (i == 6)
            {
                Assert.Equal(ids[^1], await compacted.Task.WaitAsync(RoomClient.Bound));
            }
        }
        var chat = await candidate.InvokeAsync<long>("Chat", "done");

        var newcomer = await ClientAsync();
        var fresh = await newcomer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        // The snapshot (standing for the seed and six edits), then the room's opening entry, the seventh edit and
        // the chat: not every keystroke.
        Assert.Equal([ids[5], ids[6], chat], fresh.Events.Where(e => e.Kind != RoomEventKind.Problem).Select(e => e.Id));
        Assert.Equal(RoomEventKind.Problem, fresh.Events[1].Kind);
        Assert.Equal(log[^1], fresh.Events[2].Payload);
        var documents = App.Services.GetRequiredService<YjsDocuments>();
        Assert.Equal("version 6\n", await documents.TextAsync([fresh.Events[0].Payload], RoomService.CodeText("two-sum", "python"), CancellationToken.None));
        Assert.Equal("version 7\n", await App.Services.GetRequiredService<RoomService>().CodeAsync(room.Id, null, CancellationToken.None));
        // A client that reconnects from an entry before the snapshot still gets the updates themselves.
        var back = await ClientAsync();
        var resync = await back.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo", after: ids[2]);
        Assert.Equal([ids[3], ids[4], ids[5], ids[6], chat], resync.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task CreatingARoomForAnUnknownProblemOrLengthSaysWhatIsWrong()
    {
        var unknown = await Http.PostAsJsonAsync("/api/rooms", new { problems = new[] { "two-sum", "no-such-problem" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("There is no problem 'no-such-problem'", await unknown.Content.ReadAsStringAsync());
        var noSet = await Http.PostAsJsonAsync("/api/rooms", new { set = "no-such-set" });
        Assert.Contains("There is no problem set 'no-such-set'", await noSet.Content.ReadAsStringAsync());
        var nothing = await Http.PostAsJsonAsync("/api/rooms", new { minutes = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("Say which problem the room is for", await nothing.Content.ReadAsStringAsync());
        var twice = await Http.PostAsJsonAsync("/api/rooms", new { problems = new[] { "two-sum", "two-sum" } });
        Assert.Contains("each named once", await twice.Content.ReadAsStringAsync());
        var tooLong = await Http.PostAsJsonAsync("/api/rooms", new { problem = "two-sum", minutes = 600 });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("5 to 180 minutes", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ScorecardsStayHiddenUntilBothAreInThenEveryoneSeesBothWithTheCalibration()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        var observer = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");

        var noHire = await Assert.ThrowsAsync<HubException>(() => interviewer.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(3, 3, 2, 2, null, "")));
        Assert.Contains("Give a hire signal", noHire.Message);
        var outOfRange = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(5, 3, 2, 2, null, "")));
        Assert.Contains("from 1 to 4", outOfRange.Message);
        var byObserver = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(3, 3, 3, 3, null, "")));
        Assert.Contains("Observers do not score", byObserver.Message);

        Assert.Null(await interviewer.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(3, 2, 4, 1, HireSignal.Yes, "Clear plan; no tests.")));
        // Filed, but nobody else sees it yet: not the candidate joining again, not the candidate's connection.
        var meanwhile = await ClientAsync();
        Assert.Empty((await meanwhile.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo")).Scorecards);
        Assert.DoesNotContain("Clear plan", candidate.Received);

        var reveal = await candidate.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(4, 3, 3, 3, null, "I think it went well."));

        Assert.NotNull(reveal);
        Assert.Equal((3, 2, 4, 1, HireSignal.Yes), (reveal.Interviewer.ProblemSolving, reveal.Interviewer.Coding, reveal.Interviewer.Communication, reveal.Interviewer.Testing, reveal.Interviewer.Hire));
        Assert.Equal("I think it went well.", reveal.Candidate.Comments);
        Assert.Equal(new Dictionary<string, int> { ["problemSolving"] = 1, ["coding"] = 1, ["communication"] = -1, ["testing"] = 2 }, reveal.Gap);
        foreach (var other in new[] { interviewer, observer })
        {
            var e = await other.NextEventAsync();
            Assert.Equal(RoomEventKind.Scorecards, e.Kind);
        }
        var late = await ClientAsync();
        Assert.Equal(reveal.Gap, Assert.Single((await late.JoinAsync(room.Links[RoomRole.Observer].Token, "Di")).Scorecards).Gap);
        var frozen = await Assert.ThrowsAsync<HubException>(() => interviewer.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(4, 4, 4, 4, HireSignal.StrongYes, "")));
        Assert.Contains("revealed; they no longer change", frozen.Message);
    }

    [Fact]
    public async Task TheReplayNeedsOneOfTheRoomsTokens()
    {
        var room = await RoomClient.CreateRoomAsync(Http, "two-sum");
        var other = await RoomClient.CreateRoomAsync(Http, "two-sum");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room.Id}/replay");
        request.Headers.Add(RoomsApi.TokenHeader, other.Links[RoomRole.Interviewer].Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.GetAsync($"/api/rooms/{room.Id}/replay")).StatusCode);
        var log = await ReplayAsync(room.Id, room.Links[RoomRole.Observer].Token);
        Assert.Equal([RoomEventKind.Problem, RoomEventKind.Document], log.Select(e => e.Kind));
    }

    private async Task<List<RoomEventView>> ReplayAsync(Guid room, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room}/replay");
        request.Headers.Add(RoomsApi.TokenHeader, token);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replay = (await response.Content.ReadFromJsonAsync<RoomReplay>(RoomClient.Json))!;
        Assert.Equal(room, replay.Room);
        // The log opens with the problem the interview began with, and its language.
        var opening = replay.Events[0];
        Assert.Equal(RoomEventKind.Problem, opening.Kind);
        Assert.Equal(new RoomProblemSwitch(null, "two-sum", "python", 1), JsonSerializer.Deserialize<RoomProblemSwitch>(opening.Payload, RoomClient.Json));
        return [.. replay.Events];
    }

    private async Task<HttpResponseMessage> RevokeAsync(Guid room, Guid invite, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room}/invites/{invite}/revoke");
        request.Headers.Add(RoomsApi.TokenHeader, token);
        return await Http.SendAsync(request);
    }
}
