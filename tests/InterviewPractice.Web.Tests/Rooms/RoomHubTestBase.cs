using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// A web node on real Kestrel with the test's own clock and settings, and the room clients a test connects to it,
/// all closed at the end: the ground the room hub tests stand on.
/// </summary>
public abstract class RoomHubTestBase(TimeProvider clock, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    private readonly List<RoomClient> _clients = [];

    protected TestApp App { get; private set; } = null!;

    protected Uri Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new TestApp(
            settings: new Dictionary<string, string?>(settings) { ["Role"] = "web" },
            services: s => s.AddSingleton(clock)).OnKestrel();
        Server = await App.StartKestrelAsync();
        Http = new HttpClient { BaseAddress = Server, Timeout = RoomClient.Bound };
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
        Http.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A participant's connection, closed when the test ends.</summary>
    protected async Task<RoomClient> ClientAsync()
    {
        var client = await RoomClient.ConnectAsync(Server);
        _clients.Add(client);
        return client;
    }
}
