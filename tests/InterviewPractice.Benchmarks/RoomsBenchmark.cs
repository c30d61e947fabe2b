using System.Globalization;
using System.Runtime.InteropServices;
using InterviewPractice.Web.Rooms;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench rooms</c>: N live interview rooms, two editors each typing real Yjs keystrokes, on our server (the room
/// hub, as a separate process) and then, in the same run and with the same load and bytes, on the standard Yjs
/// relay (@y/websocket-server). Prints, per system, what arrived and how fast (keystroke to the peer), and the
/// server's CPU and memory. Figures only: ratios side by side are what matter on a noisy two-core machine.
/// </summary>
internal static class RoomsBenchmark
{
    private const string Problem = "two-sum";

    // The room's language for two-sum (python first where there is a choice) and so the text the page edits.
    private const string Text = "code:python";

    public static async Task<int> RunAsync(string repository, string[] args)
    {
        var load = new RoomsLoad(
            Stats.Option(args, "--rooms", 500), Stats.Option(args, "--rate", 2), Stats.Option(args, "--seconds", 30),
            TimeSpan.FromSeconds(Stats.Option(args, "--drain", 10)));
        if (load.Rooms < 1 || load.Rate < 1 || load.Seconds < 1)
        {
            Console.Error.WriteLine("bench rooms: --rooms, --rate and --seconds must be at least 1");
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        // Ctrl+C or a kill: let the run unwind, so both servers are killed and the database deleted.
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancel.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            var keys = await Keystrokes.MakeAsync(repository, Text, load.KeystrokesPerEditor, cancel.Token);
            Console.WriteLine($"rooms: {load.Rooms} rooms ({Problem}) x 2 editors (interviewer, candidate), {load.Rate} keystrokes/s each (gaps jittered 0.5-1.5x), "
                + $"{load.Seconds} s of typing, then up to {load.Drain.TotalSeconds:0} s for what is on its way; bench client and servers on loopback");
            Console.WriteLine($"keystrokes: {keys.PerEditor} per editor into {Text}, one Yjs update each ({keys.Updates.SelectMany(u => u).Min(u => u.Length)}"
                + $"-{keys.Updates.SelectMany(u => u).Max(u => u.Length)} bytes), made by the front end's yjs in node; the same bytes on both systems");
            Console.WriteLine("latency: from the keystroke (Stopwatch) to its arrival at the peer, the wait in the editor's outbox included (sent without waiting for the one before to be stored, as the room page sends)");
            var ours = await RunOursAsync(repository, load, keys, cancel.Token);
            var relay = await RunRelayAsync(repository, load, keys, ours.Seed, cancel.Token);
            Console.WriteLine($"p99 ours / yjs relay: {ours.Figures.P(0.99) / relay.P(0.99):0.00}x; CPU ours / relay: {ours.Figures.ServerCores / relay.ServerCores:0.00}x; "
                + $"RSS ours / relay: {ours.Figures.RssMb / relay.RssMb:0.00}x");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rooms: N={load.Rooms} p50={ours.Figures.P(0.5):0.0} p99={ours.Figures.P(0.99):0.0} yjs_p99={relay.P(0.99):0.0} lost={ours.Figures.Edits.Lost} rss_mb={ours.Figures.RssMb:0}"));
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("bench rooms: stopped; both servers were stopped");
            return 130;
        }
    }

    private static async Task<(SystemFigures Figures, byte[] Seed)> RunOursAsync(string repository, RoomsLoad load, Keystrokes keys, CancellationToken ct)
    {
        // Each editor makes `rate` calls a second on average, in bursts of up to twice that after a slow answer.
        int? calls = load.Rate * 4 > OurRoomServer.DefaultCallsPerSecond ? load.Rate * 4 : null;
        await using var server = await OurRoomServer.StartAsync(repository, calls, ct);
        Console.WriteLine($"our server: dotnet InterviewPractice.Web.dll --role web (pid {server.Process.Pid}), SQLite {server.Database}; "
            + (calls is null ? $"Rooms:CallsPerSecond left at its default ({OurRoomServer.DefaultCallsPerSecond} a connection)" : $"Rooms:CallsPerSecond RAISED to {calls} for --rate {load.Rate}"));
        byte[]? seed = null;
        var figures = await load.RunAsync("our server (SignalR hub /hubs/room, JSON protocol)", server.Process, keys, async (room, ledger, token) =>
        {
            var editors = await server.OpenRoomAsync(Problem, room, keys, ledger, token);
            seed ??= editors[0].Joined.Events.First(e => e.Kind == RoomEventKind.Document && e.Author is null).Payload;
            return editors;
        }, ct);
        figures.Print();
        return (figures, seed ?? throw new InvalidOperationException("no room had the server's starter-code seed"));
    }

    private static async Task<SystemFigures> RunRelayAsync(string repository, RoomsLoad load, Keystrokes keys, byte[] seed, CancellationToken ct)
    {
        await using var relay = await YjsRelayServer.StartAsync(repository, ct);
        Console.WriteLine($"yjs relay: node @y/websocket-server {relay.Version} src/server.js (pid {relay.Process.Pid}), in memory; "
            + "each room's interviewer puts in the same starter-code seed our server made");
        var frames = keys.Updates.Select(editor => editor.Select(RelayEditor.UpdateMessage).ToArray()).ToArray();
        var figures = await load.RunAsync($"yjs relay (@y/websocket-server {relay.Version}, y-websocket protocol)", relay.Process, keys,
            async (room, ledger, token) => await relay.OpenRoomAsync(room, frames, seed, ledger, token), ct);
        figures.Print();
        return figures;
    }
}
