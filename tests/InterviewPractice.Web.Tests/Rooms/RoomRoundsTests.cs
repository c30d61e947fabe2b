using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InterviewPractice.Problems;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// A room's problems: the interviewer opening another, a peer room's two rounds (roles swap at half time on the
/// server's clock, here a fake one the test moves), concept questions. Real SignalR clients on real Kestrel.
/// </summary>
public sealed class RoomRoundsTests : RoomHubTestBase
{
    private readonly FakeTimeProvider _clock;

    public RoomRoundsTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)))
    {
    }

    private RoomRoundsTests(FakeTimeProvider clock)
        : base(clock, new Dictionary<string, string?>()) => _clock = clock;

    private Problem Problem(string slug) => App.Services.GetRequiredService<ProblemCatalog>().Current.Problems[slug];

    [Fact]
    public async Task TheInterviewerOpensTheNextProblemOfTheSetAndOnlyTheInterviewerGetsItsBriefing()
    {
        var room = await RoomClient.CreateRoomAsync(Http, new CreateRoomRequest(null, 45, null, ["two-sum", "valid-parentheses"]));
        Assert.Equal(["two-sum", "valid-parentheses"], room.Problems.ToArray());
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        var observer = await ClientAsync();
        var joined = await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
        Assert.Equal(["two-sum", "valid-parentheses"], joined.Set.Select(p => p.Slug));

        var notYours = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<object?>("Problem", "valid-parentheses"));
        Assert.Contains("Only the interviewer opens another problem", notYours.Message);
        await interviewer.InvokeAsync<object?>("Problem", "valid-parentheses");

        var next = Problem("valid-parentheses");
        var reference = next.Reference(Language.Python)!.Code;
        var forInterviewer = await interviewer.NextOpenedAsync();
        Assert.Equal(("valid-parentheses", RoomRole.Interviewer, "python"), (forInterviewer.Problem.Slug, forInterviewer.Role, forInterviewer.Language));
        Assert.Equal(reference, forInterviewer.Briefing!.ReferenceSolutions["python"]);
        foreach (var (client, role) in new[] { (candidate, RoomRole.Candidate), (observer, RoomRole.Observer) })
        {
            var opened = await client.NextOpenedAsync();
            Assert.Equal(("valid-parentheses", role), (opened.Problem.Slug, opened.Role));
            Assert.Null(opened.Briefing);
            Assert.DoesNotContain(AsReceived(Longest(reference)), client.Received);
        }
        // The problem's own texts, seeded with its starter code when the room was made: the first problem's code stays.
        var rooms = App.Services.GetRequiredService<RoomService>();
        Assert.Equal(next.StarterCode[Language.Python], await rooms.CodeAsync(room.Id, null, CancellationToken.None));
        // A late joiner opens on the problem open now; the log says when it changed and who changed it.
        var late = await (await ClientAsync()).JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal("valid-parentheses", late.Now.Problem.Slug);
        var switched = late.Events.Where(e => e.Kind == RoomEventKind.Problem).Select(e => (JsonSerializer.Deserialize<RoomProblemSwitch>(e.Payload, RoomClient.Json)!, e.AuthorName)).ToList();
        Assert.Equal([(new RoomProblemSwitch(null, "two-sum", "python", 1), RoomService.ServerName), (new RoomProblemSwitch("two-sum", "valid-parentheses", "python", 1), "Ada")], switched);
        var open = await Assert.ThrowsAsync<HubException>(() => interviewer.InvokeAsync<object?>("Problem", "valid-parentheses"));
        Assert.Contains("is open already", open.Message);
        var unknown = await Assert.ThrowsAsync<HubException>(() => interviewer.InvokeAsync<object?>("Problem", "no-such-problem"));
        Assert.Contains("There is no problem 'no-such-problem'", unknown.Message);
    }

    [Fact]
    public async Task APeerRoomSwapsRolesAndOpensItsSecondProblemAtHalfTime()
    {
        // One problem given: the server picks the second, of the same kind.
        var room = await RoomClient.CreateRoomAsync(Http, new CreateRoomRequest("two-sum", 40, RoomMode.Peer));
        Assert.Equal(2, room.Problems.Length);
        var second = Problem(room.Problems[1]);
        Assert.Equal(ProblemKind.Code, second.Kind);
        var ada = await ClientAsync();
        var bo = await ClientAsync();
        var adaJoined = await ada.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var boJoined = await bo.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal((RoomRole.Interviewer, 1), (adaJoined.Now.Role, adaJoined.Now.Round));
        Assert.Equal((RoomRole.Candidate, (InterviewerBriefing?)null), (boJoined.Now.Role, boJoined.Now.Briefing));

        // Round 1: Ada interviews; her note is hers alone.
        await ada.InvokeAsync<long>("Note", "round one note RQ1");
        var early = await Assert.ThrowsAsync<HubException>(() => bo.InvokeAsync<object?>("Swap"));
        Assert.Contains("round 1 interviewer", early.Message);
        await ada.InvokeAsync<TimerView>("Timer", TimerAction.Start, 0);
        // Ten minutes in, five more added: half time is at 22.5 minutes of the 45.
        _clock.Advance(TimeSpan.FromMinutes(10));
        await ada.InvokeAsync<TimerView>("Timer", TimerAction.Extend, 5);
        _clock.Advance(TimeSpan.FromMinutes(12));
        Assert.Equal(1, (await (await ClientAsync()).JoinAsync(room.Links[RoomRole.Observer].Token, "Cy")).Now.Round);
        _clock.Advance(TimeSpan.FromMinutes(1));

        // Half time: the roles swap and the second problem opens, for both, on the server's own clock.
        var adaNow = await ada.NextOpenedAsync();
        var boNow = await bo.NextOpenedAsync();
        Assert.Equal((RoomRole.Candidate, 2, second.Slug), (adaNow.Role, adaNow.Round, adaNow.Problem.Slug));
        Assert.Null(adaNow.Briefing);
        Assert.Equal((RoomRole.Interviewer, 2, second.Slug), (boNow.Role, boNow.Round, boNow.Problem.Slug));
        Assert.NotNull(boNow.Briefing);
        // What only the interviewer may do follows the roles.
        var notAda = await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<long>("Note", "mine"));
        Assert.Contains("Notes are the interviewer's", notAda.Message);
        await bo.InvokeAsync<long>("Note", "round two note RQ2");
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<TimerView>("Timer", TimerAction.Pause, 0));
        await bo.InvokeAsync<TimerView>("Timer", TimerAction.Pause, 0);
        // Each peer's notes stay theirs, live and in the log.
        var adaLater = await (await ClientAsync()).JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var boLater = await (await ClientAsync()).JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal(["round one note RQ1"], Notes(adaLater));
        Assert.Equal(["round two note RQ2"], Notes(boLater));
        Assert.DoesNotContain("RQ1", bo.Received);
        Assert.DoesNotContain("RQ2", ada.Received);
        Assert.Equal((RoomRole.Candidate, 2), (adaLater.Now.Role, adaLater.Now.Round));

        // Scorecards per round: each peer scores the one they interviewed and rates themself in the other.
        var wrongSide = await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(3, 3, 3, 3, null, "", 1)));
        Assert.Contains("Give a hire signal", wrongSide.Message);
        Assert.Null(await ada.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(3, 2, 3, 3, HireSignal.Yes, "Round 1 went fine.", 1)));
        var round1 = await bo.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(4, 4, 3, 3, null, "Felt good.", 1));
        Assert.Equal((1, "Ada", "Bo"), (round1!.Round, round1.Interviewer.Name, round1.Candidate.Name));
        Assert.Equal(new Dictionary<string, int> { ["problemSolving"] = 1, ["coding"] = 2, ["communication"] = 0, ["testing"] = 0 }, round1.Gap);
        Assert.Null(await bo.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(2, 2, 2, 2, HireSignal.No, "Round 2.")));
        var round2 = await ada.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(2, 3, 2, 2, null, "Harder."));
        Assert.Equal((2, "Bo", "Ada"), (round2!.Round, round2.Interviewer.Name, round2.Candidate.Name));
        var third = await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScorecardReveal?>("Score", new ScorecardInput(2, 3, 2, 2, null, "", 3)));
        Assert.Contains("round 3 has not begun", third.Message);
        Assert.Equal([1, 2], (await (await ClientAsync()).JoinAsync(room.Links[RoomRole.Observer].Token, "Cy")).Scorecards.Select(r => r.Round));
    }

    [Fact]
    public async Task APeerMaySwapEarlyOnceAndAHalfTimeThatComesAfterFindsItDone()
    {
        var room = await RoomClient.CreateRoomAsync(Http, new CreateRoomRequest(null, 30, RoomMode.Peer, ["valid-parentheses", "two-sum"]));
        var ada = await ClientAsync();
        var bo = await ClientAsync();
        await ada.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        await bo.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await ada.InvokeAsync<TimerView>("Timer", TimerAction.Start, 0);

        await ada.InvokeAsync<object?>("Swap");
        Assert.Equal(("two-sum", RoomRole.Interviewer), await bo.NextOpenedAsync() is var b ? (b.Problem.Slug, b.Role) : default);
        Assert.Equal(RoomRole.Candidate, (await ada.NextOpenedAsync()).Role);
        var again = await Assert.ThrowsAsync<HubException>(() => bo.InvokeAsync<object?>("Swap"));
        Assert.Contains("once", again.Message);
        // Half time passes: nothing swaps back.
        _clock.Advance(TimeSpan.FromMinutes(20));
        await bo.InvokeAsync<long>("Chat", "after half time");
        RoomEventView heard;
        do
        {
            heard = await ada.NextEventAsync();
        }
        while (heard.Kind != RoomEventKind.Chat);
        Assert.Equal("after half time", Encoding.UTF8.GetString(heard.Payload));
        var replay = await ReplayAsync(room, RoomRole.Observer);
        var opened = replay.Events.Where(e => e.Kind == RoomEventKind.Problem).Select(e => JsonSerializer.Deserialize<RoomProblemSwitch>(e.Payload, RoomClient.Json)!.Round);
        Assert.Equal([1, 2], opened);
    }

    [Fact]
    public async Task AConceptQuestionIsAWrittenAnswerWithNothingToRunAndItsAnswersOnlyInTheBriefing()
    {
        var room = await RoomClient.CreateRoomAsync(Http, new CreateRoomRequest(null, 30, null, Set: "ml-foundations"));
        Assert.Contains("bias-variance", room.Problems);
        var interviewer = await ClientAsync();
        var candidate = await ClientAsync();
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        Assert.Equal(room.Problems, joined.Set.Select(p => p.Slug));

        await interviewer.InvokeAsync<object?>("Problem", "bias-variance");
        var briefing = (await interviewer.NextOpenedAsync()).Briefing!;
        Assert.False(string.IsNullOrEmpty(briefing.ConceptAnswers));
        var opened = await candidate.NextOpenedAsync();
        Assert.Equal((RoomService.AnswerLanguage, ProblemKind.Concept), (opened.Language, opened.Problem.Kind));
        Assert.Null(opened.Briefing);
        Assert.DoesNotContain(AsReceived(Longest(briefing.ConceptAnswers!)), candidate.Received);
        var run = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync<Guid>("Run", "submit"));
        Assert.Contains("A concept question is talked through, not judged", run.Message);
        // The answer is a shared text like any code.
        var edit = await YjsDocumentsTests.EditAsync(RoomClient.DocumentOf(joined), RoomService.CodeText("bias-variance", RoomService.AnswerLanguage), "Variance dominates model B.");
        await candidate.InvokeAsync<long>("Update", edit);
        Assert.Equal("Variance dominates model B.", await App.Services.GetRequiredService<RoomService>().CodeAsync(room.Id, null, CancellationToken.None));
    }

    private static string Longest(string text) => text.Split('\n').Select(l => l.Trim()).OrderByDescending(l => l.Length).First();

    // A string as it appears in RoomClient.Received (JSON-encoded, as the client recorded it).
    private static string AsReceived(string text) => JsonSerializer.Serialize(text, RoomClient.Json)[1..^1];

    private static string[] Notes(JoinedRoom joined) =>
        [.. joined.Events.Where(e => e.Kind == RoomEventKind.Note).Select(e => Encoding.UTF8.GetString(e.Payload))];

    private async Task<RoomReplay> ReplayAsync(CreatedRoom room, RoomRole role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room.Id}/replay");
        request.Headers.Add(RoomsApi.TokenHeader, room.Links[role].Token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RoomReplay>(RoomClient.Json))!;
    }
}
