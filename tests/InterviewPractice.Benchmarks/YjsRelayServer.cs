using System.Diagnostics;
using System.Text.Json.Nodes;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// The reference for <c>bench rooms</c>: the standard Yjs relay, <c>@y/websocket-server</c> (yjs-relay/ pins it
/// with a lock file), run as its own bin, <c>src/server.js</c>, on a loopback port (env HOST and PORT), in memory
/// (no YPERSISTENCE). A document per room; editors are <see cref="RelayEditor"/>s.
/// </summary>
internal sealed class YjsRelayServer : IAsyncDisposable
{
    private YjsRelayServer(ServerProcess process, Uri address, string version)
    {
        Process = process;
        Address = address;
        Version = version;
    }

    public ServerProcess Process { get; }

    public Uri Address { get; }

    /// <summary>The installed @y/websocket-server version.</summary>
    public string Version { get; }

    public static async Task<YjsRelayServer> StartAsync(string repository, CancellationToken ct)
    {
        var folder = Path.Combine(repository, "tests", "InterviewPractice.Benchmarks", "yjs-relay");
        await InstallAsync(folder, ct);
        var package = Path.Combine(folder, "node_modules", "@y", "websocket-server");
        var version = (string)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package, "package.json"), ct))!["version"]!;
        var port = ServerProcess.FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(package, "src", "server.js"));
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Its other settings, should the caller's environment have them: no disk, no HTTP callback.
        start.Environment.Remove("YPERSISTENCE");
        start.Environment.Remove("CALLBACK_URL");
        var process = ServerProcess.Start(start);
        var server = new YjsRelayServer(process, new Uri($"ws://127.0.0.1:{port}/"), version);
        try
        {
            // It answers any plain HTTP request with "okay".
            await process.WaitReadyAsync(new Uri($"http://127.0.0.1:{port}/"), TimeSpan.FromSeconds(30), ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Connects a room's interviewer (editor 0, who puts in the starter code <paramref name="seed"/>, as our server
    /// does on creating a room) and candidate (editor 1) to the document <c>bench-room-N</c>.
    /// </summary>
    public async Task<RelayEditor[]> OpenRoomAsync(int room, byte[][][] frames, byte[] seed, EditLedger ledger, CancellationToken ct)
    {
        var editors = new List<RelayEditor>();
        try
        {
            for (var editor = 0; editor < 2; editor++)
            {
                editors.Add(await RelayEditor.ConnectAsync(Address, $"bench-room-{room}", room, editor, frames[editor], editor == 0 ? seed : null, ledger, ct));
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

    // `npm ci` when node_modules is missing or older than the lock, as scripts/setup/node.sh does for the front end.
    private static async Task InstallAsync(string folder, CancellationToken ct)
    {
        var installed = Path.Combine(folder, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")))
        {
            return;
        }
        Console.WriteLine("yjs relay: npm ci in tests/InterviewPractice.Benchmarks/yjs-relay");
        var start = new ProcessStartInfo("npm") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(arg);
        }
        using var npm = System.Diagnostics.Process.Start(start)!;
        var output = npm.StandardOutput.ReadToEndAsync(ct);
        var error = npm.StandardError.ReadToEndAsync(ct);
        await npm.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromMinutes(5), ct);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {folder} (is the npm registry reachable?):\n{await output}\n{await error}");
        }
        // npm may keep the old file when nothing changed; the check above needs it newer than the lock.
        File.SetLastWriteTimeUtc(installed, DateTime.UtcNow);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
