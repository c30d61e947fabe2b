using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPractice.Web.Rooms;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// Our server for <c>bench rooms</c>: the web app as built with the bench (Release under ./interview bench), run as
/// <c>dotnet InterviewPractice.Web.dll --role web</c> (no judge, no Docker) on a loopback port with a throwaway
/// SQLite database; rooms made with <c>POST /api/rooms</c>, editors on <c>/hubs/room</c>.
/// </summary>
internal sealed class OurRoomServer : IAsyncDisposable
{
    /// <summary>The hub's default per-connection call limit (Rooms:CallsPerSecond).</summary>
    public const int DefaultCallsPerSecond = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;

    private OurRoomServer(ServerProcess process, Uri address, string database)
    {
        Process = process;
        Address = address;
        Database = database;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = RoomsLoad.SetupParallelism }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public ServerProcess Process { get; }

    public Uri Address { get; }

    /// <summary>
    /// Starts the server and waits for /health. The hub's limit of calls a second per connection is raised only
    /// when <paramref name="callsPerSecond"/> is not null.
    /// </summary>
    public static async Task<OurRoomServer> StartAsync(string repository, int? callsPerSecond, CancellationToken ct)
    {
        var port = ServerProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var database = Path.Combine(Path.GetTempPath(), $"ip-bench-rooms-{Guid.NewGuid():N}.db");
        // The bench's output holds the web app with its runtimeconfig and deps (a project reference).
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The content root is the working directory: the web project's folder, as under ./interview serve.
            WorkingDirectory = Path.Combine(repository, "src", "InterviewPractice.Web"),
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "InterviewPractice.Web.dll"),
            "--role", "web",
            "--urls", address.ToString().TrimEnd('/'),
            $"--Problems:Path={Path.Combine(repository, "problems")}",
            "--Problems:Watch=false",
            $"--Database:ConnectionString=Data Source={database}",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(arg);
        }
        if (callsPerSecond is { } calls)
        {
            start.ArgumentList.Add($"--Rooms:CallsPerSecond={calls}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = ServerProcess.Start(start);
        var server = new OurRoomServer(process, address, database);
        try
        {
            await process.WaitReadyAsync(new Uri(address, "health"), TimeSpan.FromMinutes(1), ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The throwaway SQLite file, deleted on dispose.</summary>
    public string Database { get; }

    /// <summary>Creates a room for <paramref name="problem"/> and joins its interviewer (editor 0) and candidate (editor 1).</summary>
    public async Task<HubEditor[]> OpenRoomAsync(string problem, int room, Keystrokes keys, EditLedger ledger, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("api/rooms", new { problem, minutes = 45 }, Json, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/rooms: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
        var created = (await response.Content.ReadFromJsonAsync<CreatedRoom>(Json, ct))!;
        var editors = new List<HubEditor>();
        try
        {
            foreach (var (editor, role) in new[] { RoomRole.Interviewer, RoomRole.Candidate }.Index())
            {
                editors.Add(await HubEditor.JoinAsync(Address, created.Links[role].Token, room, editor, keys, ledger, ct));
            }
            return [.. editors];
        }
        catch
        {
            foreach (var editor in editors)
            {
                await editor.DisposeAsync();
            }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Process.DisposeAsync();
        foreach (var file in new[] { Database, Database + "-wal", Database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
