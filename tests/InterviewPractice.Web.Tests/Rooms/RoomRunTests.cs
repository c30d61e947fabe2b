using System.Text.Json;
using InterviewPractice.Judging;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>Run and Submit from a room, through the real judge: the server's text is judged, everyone sees it.</summary>
[Collection(JudgeCollection.Name)]
public sealed class RoomRunTests
{
    [Fact]
    public async Task ARunJudgesTheServersTextAndEveryoneInTheRoomSeesEachTestAndTheVerdict()
    {
        await using var setup = await StartedRoom.StartAsync();
        var (app, server, http, room, candidate, interviewer, joined) = setup;
        var edit = await YjsDocumentsTests.EditAsync(RoomClient.DocumentOf(joined), RoomService.CodeText("two-sum", "python"), SubmissionClient.Reference("two-sum", "python"));
        await candidate.InvokeAsync<long>("Update", edit);
        Assert.Equal(RoomEventKind.Document, (await interviewer.NextEventAsync()).Kind);

        var submission = await candidate.InvokeAsync<Guid>("Run", "run");

        var started = await interviewer.NextEventAsync();
        Assert.Equal((RoomEventKind.Run, RoomRole.Candidate), (started.Kind, started.Author));
        Assert.Equal(new RoomRun(submission, "run", "python"), JsonSerializer.Deserialize<RoomRun>(started.Payload, RoomJson.Options));
        var result = await interviewer.NextEventAsync(TimeSpan.FromSeconds(120));
        Assert.Equal((RoomEventKind.Result, (RoomRole?)null), (result.Kind, result.Author));
        var view = JsonSerializer.Deserialize<SubmissionView>(result.Payload, RoomJson.Options)!;
        Assert.Equal((submission, Verdict.Accepted), (view.Id, view.Verdict));
        // Each test reached both, before the verdict.
        foreach (var client in new[] { candidate, interviewer })
        {
            var tests = client.Progress.Where(p => p.Submission == submission).Select(p => p.Test.Index).ToList();
            Assert.Equal(Enumerable.Range(0, view.Tests.Count), tests);
        }
        // The candidate who ran it sees the same: the run's entry, then the verdict.
        Assert.Equal(RoomEventKind.Run, (await candidate.NextEventAsync()).Kind);
        Assert.Equal(RoomEventKind.Result, (await candidate.NextEventAsync()).Kind);

        var observer = await RoomClient.ConnectAsync(server);
        await using (observer)
        {
            await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
            var refused = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<Guid>("Run", "submit"));
            Assert.Contains("Observers do not edit", refused.Message);
        }
    }

    [Fact]
    public async Task TheRoomsConsoleIsSharedEveryoneSeesEachSnippetAndWhatItGaveAndTheReplayHasThem()
    {
        await using var setup = await StartedRoom.StartAsync();
        var (app, server, http, room, candidate, interviewer, _) = setup;

        // The candidate defines, the interviewer uses it: one console, one state.
        var first = await candidate.Connection.InvokeAsync<long>("Console", "xs = [3, 1, 2]").WaitAsync(TimeSpan.FromSeconds(60));
        foreach (var client in new[] { candidate, interviewer })
        {
            var input = await client.NextEventAsync();
            Assert.Equal((RoomEventKind.ConsoleInput, RoomRole.Candidate, "Bo"), (input.Kind, input.Author, input.AuthorName));
            Assert.Equal(new RoomConsoleInput("python", "xs = [3, 1, 2]"), JsonSerializer.Deserialize<RoomConsoleInput>(input.Payload, RoomJson.Options));
            var output = await client.NextEventAsync();
            Assert.Equal((RoomEventKind.ConsoleOutput, first), (output.Kind, output.Id));
            Assert.Equal(input.Id, JsonSerializer.Deserialize<RoomConsoleOutput>(output.Payload, RoomJson.Options)!.Input);
        }
        await interviewer.Connection.InvokeAsync<long>("Console", "print(len(xs))\nsorted(xs)").WaitAsync(TimeSpan.FromSeconds(60));
        foreach (var client in new[] { candidate, interviewer })
        {
            Assert.Equal(RoomEventKind.ConsoleInput, (await client.NextEventAsync()).Kind);
            var output = JsonSerializer.Deserialize<RoomConsoleOutput>((await client.NextEventAsync()).Payload, RoomJson.Options)!;
            Assert.Equal(("3\n", "[1, 2, 3]", (string?)null), (output.Stdout, output.Value, output.Error));
        }

        // The replay has both snippets and both answers, in order.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room.Id}/replay");
        request.Headers.Add(RoomsApi.TokenHeader, room.Links[RoomRole.Interviewer].Token);
        using var response = await http.SendAsync(request);
        var replay = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<RoomReplay>(response.Content, RoomClient.Json))!;
        Assert.Equal(
            [RoomEventKind.ConsoleInput, RoomEventKind.ConsoleOutput, RoomEventKind.ConsoleInput, RoomEventKind.ConsoleOutput],
            replay.Events.Where(e => e.Kind is RoomEventKind.ConsoleInput or RoomEventKind.ConsoleOutput).Select(e => e.Kind));

        var observer = await RoomClient.ConnectAsync(server);
        await using (observer)
        {
            await observer.JoinAsync(room.Links[RoomRole.Observer].Token, "Cy");
            var refused = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<long>("Console", "1"));
            Assert.Contains("Observers do not edit", refused.Message);
        }

        // When everyone has left, the room's console is closed (not left to its idle timeout).
        var consoles = app.Services.GetRequiredService<InterviewPractice.Consoles.ConsoleSessions>();
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        consoles.Ended += (_, why) => ended.TrySetResult(why);
        Assert.Equal(1, consoles.Count);
        await candidate.DisposeAsync();
        await interviewer.DisposeAsync();
        Assert.Equal("everyone left the room", await ended.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, consoles.Count);
    }

    [Fact]
    public async Task ARunQueuedWhenTheServerStopsGetsItsVerdictInTheRoomAfterTheRestart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ip-room-restart-{Guid.NewGuid():N}.db");
        var shared = new Dictionary<string, string?> { ["Database:ConnectionString"] = $"Data Source={database}", ["Judge:WarmPerLanguage"] = "0" };
        CreatedRoom room;
        Guid submission;
        // First life: the judge cannot start (no such image), so the room's run stays queued when the server stops.
        using (var first = new TestApp(settings: new Dictionary<string, string?>(shared) { ["Judge:Image"] = "interviewpractice/no-such-image:test" }).OnKestrel())
        {
            var server = await first.StartKestrelAsync();
            using var http = new HttpClient { BaseAddress = server, Timeout = RoomClient.Bound };
            room = await RoomClient.CreateRoomAsync(http, "two-sum");
            await using var candidate = await RoomClient.ConnectAsync(server);
            var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
            var edit = await YjsDocumentsTests.EditAsync(RoomClient.DocumentOf(joined), RoomService.CodeText("two-sum", "python"), SubmissionClient.Reference("two-sum", "python"));
            await candidate.InvokeAsync<long>("Update", edit);
            submission = await candidate.InvokeAsync<Guid>("Run", "submit");
        }

        // Second life: same database, a working judge. The room gets the verdict it was waiting for.
        using var second = new TestApp(settings: shared).OnKestrel();
        var again = await second.StartKestrelAsync();
        await using var interviewer = await RoomClient.ConnectAsync(again);
        var log = (await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada")).Events;
        var result = log.FirstOrDefault(e => e.Kind == RoomEventKind.Result);
        while (result is null)
        {
            var e = await interviewer.NextEventAsync(TimeSpan.FromSeconds(120));
            result = e.Kind == RoomEventKind.Result ? e : null;
        }
        var view = JsonSerializer.Deserialize<SubmissionView>(result.Payload, RoomJson.Options)!;
        Assert.Equal((submission, Verdict.Accepted), (view.Id, view.Verdict));
    }

    // A server with a judge (no warm runners or consoles: each test starts what it uses), a two-sum room, and its
    // candidate (Bo) and interviewer (Ada) joined; disposing it ends them all.
    private sealed record StartedRoom(TestApp App, Uri Server, HttpClient Http, CreatedRoom Room, RoomClient Candidate, RoomClient Interviewer, JoinedRoom Joined) : IAsyncDisposable
    {
        public static async Task<StartedRoom> StartAsync()
        {
            var app = new TestApp(settings: new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0", ["Console:WarmPerLanguage"] = "0" }).OnKestrel();
            var server = await app.StartKestrelAsync();
            await app.WaitForJudgeAsync();
            var http = new HttpClient { BaseAddress = server, Timeout = RoomClient.Bound };
            var room = await RoomClient.CreateRoomAsync(http, "two-sum");
            var candidate = await RoomClient.ConnectAsync(server);
            var interviewer = await RoomClient.ConnectAsync(server);
            var joined = await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
            await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
            return new StartedRoom(app, server, http, room, candidate, interviewer, joined);
        }

        public async ValueTask DisposeAsync()
        {
            await Candidate.DisposeAsync();
            await Interviewer.DisposeAsync();
            Http.Dispose();
            App.Dispose();
        }
    }
}
