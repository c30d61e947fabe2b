using System.Net;
using System.Text;
using InterviewPractice.Web.Rooms;
using InterviewPractice.Web.Tests.Data;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// Two web nodes on one PostgreSQL database and one Redis (the SignalR backplane): the two participants of a room
/// are connected to different nodes, as behind a load balancer, and still share everything.
/// </summary>
public sealed class RoomsAcrossNodesTests
{
    [Fact]
    public async Task EditsChatAndRevocationCrossFromOneWebNodeToTheOther()
    {
        await using var database = await TestDatabase.NewAsync("postgres");
        await database.CreateAsync("SELECT 1");
        var redis = await TestServices.RedisAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Role"] = "web",
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Redis:Configuration"] = redis,
        };
        using var first = new TestApp(settings: settings).OnKestrel();
        using var second = new TestApp(settings: settings).OnKestrel();
        var firstServer = await first.StartKestrelAsync();
        var secondServer = await second.StartKestrelAsync();
        using var http = new HttpClient { BaseAddress = firstServer, Timeout = RoomClient.Bound };
        var room = await RoomClient.CreateRoomAsync(http, "two-sum");

        await using var candidate = await RoomClient.ConnectAsync(firstServer);
        await using var interviewer = await RoomClient.ConnectAsync(secondServer);
        await candidate.JoinAsync(room.Links[RoomRole.Candidate].Token, "Bo");
        var joined = await interviewer.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada");
        Assert.NotNull(joined.Now.Briefing);

        Assert.True(await candidate.InvokeAsync<long>("Update", RoomClient.SomeUpdate(3)) > 0);
        Assert.Equal(RoomClient.SomeUpdate(3), (await interviewer.NextEventAsync()).Payload);
        var chat = await interviewer.InvokeAsync<long>("Chat", "from the other node");
        var heard = await candidate.NextEventAsync();
        Assert.Equal((chat, "from the other node"), (heard.Id, Encoding.UTF8.GetString(heard.Payload)));

        // Revoked through the first node, the interviewer's connection on the second node hears it, and the
        // second node closes it (it does not wait for the client to go).
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room.Id}/invites/{room.Links[RoomRole.Interviewer].Invite}/revoke");
        request.Headers.Add(RoomsApi.TokenHeader, room.Links[RoomRole.Interviewer].Token);
        Assert.Equal(HttpStatusCode.NoContent, (await http.SendAsync(request)).StatusCode);
        await interviewer.Revoked.Task.WaitAsync(RoomClient.Bound);
        await interviewer.Closed.Task.WaitAsync(RoomClient.Bound);
        await using var again = await RoomClient.ConnectAsync(secondServer);
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => again.JoinAsync(room.Links[RoomRole.Interviewer].Token, "Ada"));
    }
}
