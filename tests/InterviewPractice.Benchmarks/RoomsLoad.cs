using System.Diagnostics;

namespace InterviewPractice.Benchmarks;

/// <summary>The load's shape, the same for both systems.</summary>
/// <param name="Rooms">Rooms, two editors each.</param>
/// <param name="Rate">Keystrokes a second per editor, on average.</param>
/// <param name="Seconds">How long everyone types.</param>
/// <param name="Drain">How long to wait after typing for what is still on its way.</param>
internal sealed record RoomsLoad(int Rooms, int Rate, int Seconds, TimeSpan Drain)
{
    /// <summary>Rooms set up at once: enough to be quick, few enough not to swamp two cores while connecting.</summary>
    public const int SetupParallelism = 16;

    /// <summary>Keystrokes each editor may need: the shortest gap is half the mean (see <see cref="EditLoad"/>).</summary>
    public int KeystrokesPerEditor => Seconds * Rate * 2 + 1;

    /// <summary>
    /// Sets up <see cref="Rooms"/> rooms with <paramref name="connect"/> (at most <see cref="SetupParallelism"/> at a
    /// time), types, drains, and measures the server's CPU over the typing and its memory over the whole run. A room
    /// that fails to set up is left out and counted.
    /// </summary>
    public async Task<SystemFigures> RunAsync(
        string name, ServerProcess server, Keystrokes keys, Func<int, EditLedger, CancellationToken, Task<IEditor[]>> connect, CancellationToken ct)
    {
        var ledger = new EditLedger(Rooms, keys.PerEditor);
        var live = new List<LiveRoom>();
        var setupErrors = new List<string>();
        var setup = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Rooms), new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism, CancellationToken = ct }, async (room, token) =>
            {
                try
                {
                    var editors = await connect(room, ledger, token);
                    lock (live)
                    {
                        live.Add(new LiveRoom(room, editors));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    lock (setupErrors)
                    {
                        setupErrors.Add($"room {room}: {e.GetType().Name}: {e.Message}");
                    }
                }
            });
            if (live.Count == 0)
            {
                throw new InvalidOperationException($"{name}: no room could be set up. First error: {setupErrors.FirstOrDefault()}");
            }
            var setupSeconds = setup.Elapsed.TotalSeconds;

            var load = new EditLoad(live, ledger, keys.PerEditor);
            await using (load)
            {
                var cpu = new CpuWindow(server.Pid);
                await load.TypeAsync(Rate, TimeSpan.FromSeconds(Seconds), ct);
                var cores = cpu.Close();
                await load.DrainAsync(Drain, ct);
                return new SystemFigures(
                    name, live.Count * 2, Rooms * 2, setupSeconds, setupErrors, ledger.Tally(), cores.Server, cores.Bench, cores.Machine,
                    server.PeakRssMb, server.HighWaterMb);
            }
        }
        finally
        {
            await Parallel.ForEachAsync(live.SelectMany(r => r.Editors), new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism }, (e, _) => e.DisposeAsync());
        }
    }
}

/// <summary>What one system did under the load.</summary>
internal sealed record SystemFigures(
    string Name, int Connections, int ConnectionsWanted, double SetupSeconds, IReadOnlyList<string> SetupErrors, EditTally Edits,
    double ServerCores, double BenchCores, double MachineCores, double PeakRssMb, double HighWaterMb)
{
    public double P(double q) => Stats.Quantile(Edits.Latencies, q);

    /// <summary>The server's peak memory: the larger of the sampled peak and the kernel's high-water mark.</summary>
    public double RssMb => Math.Max(PeakRssMb, HighWaterMb);

    public void Print()
    {
        Console.WriteLine($"{Name}:");
        Console.WriteLine($"  setup: {Connections / 2} rooms, {Connections} of {ConnectionsWanted} connections joined in {SetupSeconds:0.0} s");
        foreach (var error in SetupErrors.Take(3))
        {
            Console.WriteLine($"  setup failed: {error}");
        }
        var unsent = Edits.Typed - Edits.Sent - Edits.Errors;
        Console.WriteLine($"  connections {Connections}  edits sent {Edits.Sent}  received {Edits.Received}  lost {Edits.Lost}  errors {Edits.Errors}"
            + (unsent > 0 ? $"  (typed {Edits.Typed}; {unsent} still in outboxes at the end)" : ""));
        foreach (var error in Edits.TopErrors)
        {
            Console.WriteLine($"  error: {error}");
        }
        Console.WriteLine($"  latency keystroke to peer (ms): p50 {P(0.5):0.0}  p90 {P(0.9):0.0}  p99 {P(0.99):0.0}  max {P(1):0.0}");
        var send = Edits.FromSend;
        Console.WriteLine($"  of which send to peer (ms):     p50 {Stats.Quantile(send, 0.5):0.0}  p90 {Stats.Quantile(send, 0.9):0.0}  p99 {Stats.Quantile(send, 0.99):0.0}  max {Stats.Quantile(send, 1):0.0}  (the rest: waiting in the outbox)");
        Console.WriteLine($"  CPU while typing (cores): server {ServerCores:0.00}  bench client {BenchCores:0.00}  machine {MachineCores:0.00} of {Environment.ProcessorCount}");
        Console.WriteLine($"  server RSS peak {PeakRssMb:0} MB (sampled every 250 ms; VmHWM {HighWaterMb:0} MB)");
    }
}
