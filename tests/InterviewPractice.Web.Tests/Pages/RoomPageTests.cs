using System.Net.Http.Json;
using InterviewPractice.Problems;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Tests.Infrastructure;
using InterviewPractice.Web.Tests.Rooms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewPractice.Web.Tests.Pages;

/// <summary>The room page in real Chromium: two participants, each in a browser context of their own.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RoomPageTests(ChromiumFixture app)
{
    [Fact]
    public async Task TwoParticipantsTypingAtTheSameMomentConvergeOnTheSameTextTheServerHasToo()
    {
        var room = await CreateRoomAsync();
        await using var candidate = await JoinAsync(room.Links[RoomRole.Candidate], "Bo");
        await using var interviewer = await JoinAsync(room.Links[RoomRole.Interviewer], "Ada");

        // Both type at once, at the start of the shared text.
        await Task.WhenAll(
            TypeAsync(candidate.Page, "# candidate was here\n"),
            TypeAsync(interviewer.Page, "# interviewer too\n"));

        // Each page has every keystroke of both (the line ends included), so the texts are complete.
        string[] both = ["# candidate was here\n", "# interviewer too\n"];
        foreach (var page in new[] { candidate.Page, interviewer.Page })
        {
            await page.WaitForFunctionAsync("s => s.every(x => window.room.code().includes(x))", both);
        }
        var candidateText = await candidate.Page.EvaluateAsync<string>("() => window.room.code()");
        var interviewerText = await interviewer.Page.EvaluateAsync<string>("() => window.room.code()");
        Assert.Equal(candidateText, interviewerText);
        // The editors show it, and the server's own copy of the document says the same.
        await Expect(candidate.Page.Locator(".cm-content")).ToContainTextAsync("interviewer too");
        var rooms = app.App.Services.GetRequiredService<RoomService>();
        Assert.Equal(candidateText, await rooms.CodeAsync(room.Id, null, CancellationToken.None));
        // The other participant's cursor carries their name, and goes when they leave (the hub's Left).
        var adasCursor = candidate.Page.Locator(".cm-ySelectionInfo", new() { HasText = "Ada" });
        await Expect(adasCursor).ToHaveCountAsync(1);
        candidate.AssertNoErrors();
        interviewer.AssertNoErrors();
        await interviewer.Page.CloseAsync();
        await Expect(adasCursor).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ACandidateWhoseNetworkDropsKeepsTypingAndNoEditIsLostOnEitherSide()
    {
        var room = await CreateRoomAsync();
        // The candidate reaches the server through a proxy that can cut the network: every connection closed,
        // new ones refused, until it is restored.
        await using var network = FaultProxy.ForTcp(app.BaseAddress);
        await using var candidate = await app.OpenPageAsync("NetworkDrop-Bo");
        await JoinAtAsync(candidate, new Uri(network.Address, $"rooms/join#{room.Links[RoomRole.Candidate].Token}").ToString(), "Bo");
        await using var interviewer = await JoinAsync(room.Links[RoomRole.Interviewer], "Ada");
        await TypeAsync(candidate.Page, "# before the drop\n");
        await interviewer.Page.WaitForFunctionAsync("() => window.room.code().includes('# before the drop\\n')");
        var bosCursor = interviewer.Page.Locator(".cm-ySelectionInfo", new() { HasText = "Bo" });
        await Expect(bosCursor).ToHaveCountAsync(1);

        network.Set(FaultProxy.Mode.Drop);
        await Expect(candidate.Page.Locator("#room-status")).ToContainTextAsync("reconnecting");
        // The interviewer's page drops the candidate's cursor as the connection goes.
        await Expect(bosCursor).ToHaveCountAsync(0);
        // Both go on typing: the candidate offline, the interviewer live.
        await Task.WhenAll(
            TypeAsync(candidate.Page, "# typed offline\n"),
            TypeAsync(interviewer.Page, "# typed while Bo was away\n"));
        await interviewer.Page.Keyboard.TypeAsync("# and more\n");
        network.Set(FaultProxy.Mode.Pass);

        // Back: the candidate's offline edits go out, the interviewer's come in; both end with every edit, and the
        // server's own document says the same.
        await Expect(candidate.Page.Locator("#room-status")).ToContainTextAsync("Connected as Bo");
        string[] all = ["# before the drop\n", "# typed offline\n", "# typed while Bo was away\n", "# and more\n"];
        foreach (var page in new[] { candidate.Page, interviewer.Page })
        {
            // Bounded generously: on two cores shared with the rest of the suite a reconnect and resync can take seconds.
            await page.WaitForFunctionAsync("s => s.every(x => window.room.code().includes(x))", all, new() { Timeout = 30_000 });
        }
        var text = await candidate.Page.EvaluateAsync<string>("() => window.room.code()");
        Assert.Equal(text, await interviewer.Page.EvaluateAsync<string>("() => window.room.code()"));
        var rooms = app.App.Services.GetRequiredService<RoomService>();
        Assert.Equal(text, await rooms.CodeAsync(room.Id, null, CancellationToken.None));
        await Expect(bosCursor).ToHaveCountAsync(1);
        interviewer.AssertNoErrors();
    }

    [Fact]
    public async Task TheCandidatesPageNeverShowsTheInterviewersBriefingWhileTheInterviewersDoes()
    {
        var room = await CreateRoomAsync();
        await using var interviewer = await JoinAsync(room.Links[RoomRole.Interviewer], "Ada");
        await using var candidate = await JoinAsync(room.Links[RoomRole.Candidate], "Bo");
        var reference = app.App.Services.GetRequiredService<ProblemCatalog>().Current.Problems["two-sum"].Solutions
            .First(s => s.Expected == ExpectedOutcome.Accepted && s.Language == Language.Python).Code;
        var line = reference.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 20).OrderByDescending(l => l.Length).First();

        await Expect(interviewer.Page.Locator("#room-briefing")).ToBeVisibleAsync();
        await Expect(interviewer.Page.Locator("#room-briefing")).ToContainTextAsync(line);
        await Expect(candidate.Page.Locator("#room-briefing")).ToBeHiddenAsync();
        await Expect(candidate.Page.Locator("#room-briefing-body")).ToBeEmptyAsync();
        Assert.DoesNotContain(line, await candidate.Page.ContentAsync());
        Assert.DoesNotContain("Rubric", await candidate.Page.InnerTextAsync("body"));

        // A note of the interviewer's stays on the interviewer's page.
        await interviewer.Page.FillAsync("#room-note-input", "misses the empty case QX7");
        await interviewer.Page.ClickAsync("#room-note-form button");
        await interviewer.Page.FillAsync("#room-chat-input", "Let's begin");
        await interviewer.Page.ClickAsync("#room-chat-form button");
        await Expect(candidate.Page.Locator("#room-chat")).ToContainTextAsync("Ada: Let's begin");
        Assert.DoesNotContain("QX7", await candidate.Page.ContentAsync());
        candidate.AssertNoErrors();
        interviewer.AssertNoErrors();
    }

    [Fact]
    public async Task FromAProblemPageToARoomWhereTheCandidatesRunReachesBothPages()
    {
        await using var interviewer = await app.OpenPageAsync();
        await interviewer.GotoAsync("/problems/two-sum");
        await interviewer.Page.GetByRole(AriaRole.Link, new() { Name = "Mock interview with it" }).ClickAsync();
        await Expect(interviewer.Page.Locator("#Problem")).ToHaveValueAsync("two-sum");
        await interviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Create the room" }).ClickAsync();
        var interviewerLink = await interviewer.Page.Locator("a[data-role='Interviewer']").GetAttributeAsync("href");
        var candidateLink = await interviewer.Page.Locator("a[data-role='Candidate']").GetAttributeAsync("href");
        Assert.NotEqual(interviewerLink, candidateLink);

        await JoinAtAsync(interviewer, new Uri(interviewerLink!).PathAndQuery + new Uri(interviewerLink!).Fragment, "Ada");
        await using var candidate = await app.OpenPageAsync();
        await JoinAtAsync(candidate, new Uri(candidateLink!).PathAndQuery + new Uri(candidateLink!).Fragment, "Bo");
        await candidate.Page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        // The starter code returns nothing: a verdict, and not Accepted, on both pages.
        foreach (var page in new[] { candidate.Page, interviewer.Page })
        {
            await Expect(page.Locator("#room-results")).ToContainTextAsync("Verdict:", new() { Timeout = 90_000 });
            await Expect(page.Locator("#room-results")).Not.ToContainTextAsync("Verdict: Accepted");
        }
        await Expect(interviewer.Page.Locator("#room-results")).ToContainTextAsync("Bo ran the Python code");

        // The scorecards: the interviewer's first (nothing shows), then the candidate's; both pages show the gap.
        await FillScorecardAsync(interviewer.Page, [3, 2, 4, 1], "Yes");
        await Expect(interviewer.Page.Locator("#room-status")).ToContainTextAsync("shown when the other one is in");
        await FillScorecardAsync(candidate.Page, [4, 3, 3, 3], null);
        foreach (var page in new[] { candidate.Page, interviewer.Page })
        {
            await Expect(page.Locator("#room-scorecards")).ToContainTextAsync("problem solving +1, coding +1, communication -1, testing +2");
        }
        candidate.AssertNoErrors();
        interviewer.AssertNoErrors();
    }

    [Fact]
    public async Task TheReplayShowsTheCodeAsItWasAtEachPointAndPrivateNotesOnlyToTheInterviewer()
    {
        var room = await CreateRoomAsync();
        await using var candidate = await RoomClient.ConnectAsync(app.BaseAddress);
        await using var interviewer = await RoomClient.ConnectAsync(app.BaseAddress);
        var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        var log = RoomClient.DocumentOf(joined).ToList();
        for (var version = 1; version <= 3; version++)
        {
            var edit = await YjsDocumentsTests.EditAsync(log, RoomService.CodeText("two-sum", "python"), $"version {version}\n");
            log.Add(edit);
            await candidate.InvokeAsync<long>("Update", edit);
        }
        await interviewer.InvokeAsync<long>("Note", "replay note RN5");
        await candidate.InvokeAsync<long>("Chat", "done");

        await using var asCandidate = await OpenReplayAsync(room, RoomRole.Candidate);
        var page = asCandidate.Page;
        await Expect(page.Locator("#replay-code")).ToContainTextAsync("version 3");
        // The opening of the problem, its starter code, three edits and the chat: no note.
        await Expect(page.Locator("#replay-events li")).ToHaveCountAsync(6);
        await Expect(page.Locator("#replay-events li").First).ToHaveTextAsync("opened two-sum");
        await Expect(page.Locator("#replay-events li").Nth(1)).ToHaveTextAsync("starter code");
        await Expect(page.Locator("#replay-events li").Last).ToHaveTextAsync("Bo: done");
        Assert.DoesNotContain("RN5", await page.ContentAsync());
        // Scrubbed back to just after the first edit.
        await page.Locator("#replay-position").FillAsync("3");
        await Expect(page.Locator("#replay-code")).ToHaveTextAsync("version 1\n");
        await page.Locator("#replay-position").FillAsync("2");
        await Expect(page.Locator("#replay-code")).ToContainTextAsync("class Solution");
        asCandidate.AssertNoErrors();

        await using var asInterviewer = await OpenReplayAsync(room, RoomRole.Interviewer);
        await Expect(asInterviewer.Page.Locator("#replay-events li")).ToHaveCountAsync(7);
        await Expect(asInterviewer.Page.Locator("#replay-events")).ToContainTextAsync("(private note) replay note RN5");
        asInterviewer.AssertNoErrors();
    }

    [Fact]
    public async Task PeersSwapRolesTheBriefingMovesToTheNewInterviewerAndEachScoresTheirRound()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var room = await RoomClient.CreateRoomAsync(http, new CreateRoomRequest(null, 30, RoomMode.Peer, ["two-sum", "valid-parentheses"]));
        await using var ada = await JoinAsync(room.Links[RoomRole.Interviewer], "Ada");
        await using var bo = await JoinAsync(room.Links[RoomRole.Candidate], "Bo");
        await Expect(ada.Page.Locator("#room-role")).ToHaveTextAsync("You are the interviewer (round 1 of 2)");
        await Expect(ada.Page.Locator("#room-briefing")).ToBeVisibleAsync();
        await Expect(bo.Page.Locator("#room-briefing")).ToBeHiddenAsync();

        await ada.Page.GetByRole(AriaRole.Button, new() { Name = "Swap roles now" }).ClickAsync();

        // Round 2: the second problem, the roles the other way round, the briefing on the new interviewer's page only.
        await Expect(bo.Page.Locator("#room-role")).ToHaveTextAsync("You are the interviewer (round 2 of 2)");
        await Expect(bo.Page.Locator("#room-title")).ToHaveTextAsync("Valid Parentheses");
        await Expect(bo.Page.Locator("#room-briefing")).ToBeVisibleAsync();
        await Expect(bo.Page.Locator("#room-swap")).ToBeHiddenAsync();
        await Expect(ada.Page.Locator("#room-role")).ToHaveTextAsync("You are the candidate (round 2 of 2)");
        await Expect(ada.Page.Locator("#room-title")).ToHaveTextAsync("Valid Parentheses");
        await Expect(ada.Page.Locator("#room-briefing")).ToBeHiddenAsync();
        await Expect(ada.Page.Locator("#room-briefing-body")).ToBeEmptyAsync();
        // The candidate now codes the second problem, and that is what the server reads.
        await TypeAsync(ada.Page, "# round two\n");
        await bo.Page.WaitForFunctionAsync("() => window.room.code().startsWith('# round two\\n')");
        var rooms = app.App.Services.GetRequiredService<RoomService>();
        Assert.StartsWith("# round two\n", await rooms.CodeAsync(room.Id, null, CancellationToken.None));

        // Round 1's scorecards: Ada interviewed it (with a hire signal), Bo rates himself.
        await ada.Page.SelectOptionAsync("#score-round", "1");
        await FillScorecardAsync(ada.Page, [3, 3, 2, 2], "Yes");
        await bo.Page.SelectOptionAsync("#score-round", "1");
        await FillScorecardAsync(bo.Page, [4, 3, 3, 3], null);
        foreach (var page in new[] { ada.Page, bo.Page })
        {
            await Expect(page.Locator("#room-reveal-1")).ToContainTextAsync("Round 1: scorecards revealed");
            await Expect(page.Locator("#room-reveal-1")).ToContainTextAsync("problem solving +1, coding 0, communication +1, testing +1");
        }
        ada.AssertNoErrors();
        bo.AssertNoErrors();
    }

    private async Task<ChromiumPage> OpenReplayAsync(CreatedRoom room, RoomRole role)
    {
        var browser = await app.OpenPageAsync($"Replay-{role}");
        await browser.GotoAsync($"/rooms/replay?room={room.Id}#{room.Links[role].Token}");
        await browser.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        return browser;
    }

    private static async Task FillScorecardAsync(IPage page, int[] scores, string? hire)
    {
        string[] fields = ["problemSolving", "coding", "communication", "testing"];
        for (var i = 0; i < fields.Length; i++)
        {
            await page.SelectOptionAsync($"#score-{fields[i]}", scores[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (hire is not null)
        {
            await page.SelectOptionAsync("#score-hire", hire);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "File the scorecard" }).ClickAsync();
    }

    private async Task<CreatedRoom> CreateRoomAsync()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        return await RoomClient.CreateRoomAsync(http, "two-sum");
    }

    private async Task<ChromiumPage> JoinAsync(RoomLink link, string name, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var browser = await app.OpenPageAsync($"{test}-{name}");
        await JoinAtAsync(browser, $"/rooms/join#{link.Token}", name);
        return browser;
    }

    private static async Task JoinAtAsync(ChromiumPage browser, string path, string name)
    {
        await browser.GotoAsync(path);
        await browser.Page.FillAsync("#room-name", name);
        await browser.Page.ClickAsync("#room-join button");
        await browser.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
    }

    private static async Task TypeAsync(IPage page, string text)
    {
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.TypeAsync(text, new() { Delay = 15 });
    }
}
