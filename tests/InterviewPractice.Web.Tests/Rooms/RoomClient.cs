using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using InterviewPractice.Judging;
using InterviewPractice.Web.Rooms;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Rooms;

/// <summary>
/// A participant as a browser is one: the real SignalR .NET client on the room hub of a real Kestrel server.
/// Everything the hub sends it lands in a channel to await (bounded), and in <see cref="Received"/> as JSON, so
/// tests can say what a role never got.
/// </summary>
public sealed class RoomClient : IAsyncDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Channel<RoomEventView> _events = Channel.CreateUnbounded<RoomEventView>();
    private readonly Channel<TimerView> _timers = Channel.CreateUnbounded<TimerView>();
    private readonly Channel<(string Connection, byte[] State)> _presence = Channel.CreateUnbounded<(string, byte[])>();
    private readonly Channel<string> _left = Channel.CreateUnbounded<string>();
    private readonly Channel<RoomOpened> _opened = Channel.CreateUnbounded<RoomOpened>();
    private readonly List<string> _received = [];
    private readonly List<(Guid Submission, TestResult Test)> _progress = [];

    private RoomClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<RoomEventView>(nameof(IRoomClient.Event), e => Keep(_events, e));
        connection.On<TimerView>(nameof(IRoomClient.Timer), t => Keep(_timers, t));
        connection.On<string, byte[]>(nameof(IRoomClient.Presence), (c, s) => Keep(_presence, (c, s)));
        connection.On<string>(nameof(IRoomClient.Left), c => Keep(_left, c));
        connection.On<RoomOpened>(nameof(IRoomClient.Opened), o => Keep(_opened, o));
        connection.On<Guid, TestResult>(nameof(IRoomClient.RunProgress), (id, test) =>
        {
            Record((id, test));
            lock (_progress)
            {
                _progress.Add((id, test));
            }
        });
        connection.On(nameof(IRoomClient.Revoked), () => { Record("revoked"); Revoked.TrySetResult(); });
        connection.Closed += e =>
        {
            Closed.TrySetResult(e);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    public TaskCompletionSource Revoked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<Exception?> Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Everything the server sent this client (join answers included), as JSON.</summary>
    public string Received
    {
        get
        {
            lock (_received)
            {
                return string.Join("\n", _received);
            }
        }
    }

    /// <summary>Connects to the room hub; with <paramref name="cookies"/>, as the browser whose cookies they are (signed in).</summary>
    public static async Task<RoomClient> ConnectAsync(Uri server, System.Net.CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/room"), o =>
            {
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        var client = new RoomClient(connection);
        await connection.StartAsync().WaitAsync(Bound);
        return client;
    }

    public async Task<JoinedRoom> JoinAsync(string token, string name, long after = 0)
    {
        var joined = await Connection.InvokeAsync<JoinedRoom>("Join", token, name, after).WaitAsync(Bound);
        Record(joined);
        return joined;
    }

    public Task<T> InvokeAsync<T>(string method, params object?[] args) => Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Bound);

    public Task<RoomEventView> NextEventAsync(TimeSpan? bound = null) => _events.Reader.ReadAsync().AsTask().WaitAsync(bound ?? Bound);

    /// <summary>Every test result of the room's runs this client received, in order.</summary>
    public IReadOnlyList<(Guid Submission, TestResult Test)> Progress
    {
        get
        {
            lock (_progress)
            {
                return [.. _progress];
            }
        }
    }

    /// <summary>
    /// A small, well-formed Yjs update (no structs; a delete set naming client <paramref name="n"/>), distinct for
    /// each <paramref name="n"/> below 128: for tests of the log and relay, where what it edits does not matter.
    /// </summary>
    public static byte[] SomeUpdate(int n) => [0, 1, checked((byte)n), 1, 0, 1];

    /// <summary>A well-formed Yjs update inserting <paramref name="text"/> into the root text "paste" as client 77.</summary>
    public static byte[] TextUpdate(string text)
    {
        var bytes = new List<byte> { 1, 1, 77, 0, 4, 1 };
        VarString(bytes, "paste");
        VarString(bytes, text);
        bytes.Add(0);
        return [.. bytes];
    }

    /// <summary>A well-formed awareness update: one client with <paramref name="json"/> as its state.</summary>
    public static byte[] Awareness(int client, int clock, string json)
    {
        var bytes = new List<byte> { 1 };
        VarUint(bytes, (ulong)client);
        VarUint(bytes, (ulong)clock);
        VarString(bytes, json);
        return [.. bytes];
    }

    private static void VarString(List<byte> bytes, string text)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        VarUint(bytes, (ulong)utf8.Length);
        bytes.AddRange(utf8);
    }

    private static void VarUint(List<byte> bytes, ulong value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            bytes.Add((byte)(value | 0x80));
        }
        bytes.Add((byte)value);
    }

    /// <summary>The document updates of a join's log (the snapshot or seed, then edits), to build on with Yjs.</summary>
    public static List<byte[]> DocumentOf(JoinedRoom joined) => [.. joined.Events.Where(e => e.Kind == RoomEventKind.Document).Select(e => e.Payload)];

    public Task<TimerView> NextTimerAsync() => _timers.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    public Task<(string Connection, byte[] State)> NextPresenceAsync() => _presence.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    public Task<string> NextLeftAsync() => _left.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    /// <summary>The next <see cref="IRoomClient.Opened"/>: another problem, or the roles swapped.</summary>
    public Task<RoomOpened> NextOpenedAsync() => _opened.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    /// <summary>Creates a room for <paramref name="problem"/> over HTTP.</summary>
    public static Task<CreatedRoom> CreateRoomAsync(HttpClient http, string problem, int minutes = 45) =>
        CreateRoomAsync(http, new CreateRoomRequest(problem, minutes, null));

    /// <summary>Creates a room as <paramref name="request"/> asks, over HTTP.</summary>
    public static async Task<CreatedRoom> CreateRoomAsync(HttpClient http, CreateRoomRequest request)
    {
        var response = await http.PostAsJsonAsync("/api/rooms", request, Json);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/rooms: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CreatedRoom>(Json))!;
    }

    private void Keep<T>(Channel<T> channel, T item)
    {
        Record(item);
        channel.Writer.TryWrite(item);
    }

    private void Record(object? item)
    {
        lock (_received)
        {
            _received.Add(JsonSerializer.Serialize(item, Json));
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
