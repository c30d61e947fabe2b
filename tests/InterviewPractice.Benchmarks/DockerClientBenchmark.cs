using System.Diagnostics;
using System.Text;
using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench docker-client</c>: the engine calls one judged submission costs (create with the judge's spec, attach,
/// start, write a line, read it back, kill, remove), made by the hand-written client and by Docker.DotNet.Enhanced
/// in turn (A/B/A/B, so both see the same machine), with p50/p95 per client and their ratio.
/// </summary>
internal static class DockerClientBenchmark
{
    private static readonly string[] Steps = ["create", "attach", "start", "echo", "kill+remove"];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Stats.Option(args, "--runs", 40);
        var options = new JudgeOptions { NodeId = $"bench-docker-client-{Environment.ProcessId}" };
        // The judge's own runner spec (limits, isolation, labels), running cat: it echoes a line, as a runner answers one.
        var spec = SandboxSpecs.Runner(options, Language.Python, options.DefaultMemoryMb) with { Cmd = ["cat"] };
        using var builtin = new DockerClient(options.DockerEndpoint, options.EngineTimeout, DockerClientKind.Builtin);
        using var enhanced = new DockerClient(options.DockerEndpoint, options.EngineTimeout, DockerClientKind.Enhanced);
        DockerClient[] clients = [builtin, enhanced];
        var totals = clients.ToDictionary(c => c.Kind, _ => new List<double>());
        var steps = clients.ToDictionary(c => c.Kind, _ => Steps.ToDictionary(s => s, _ => new List<double>()));

        Console.WriteLine($"docker client: create (judge's runner spec, cmd cat) + attach + start + write a line + read it back + kill + remove; n={runs} per client, interleaved A/B/A/B after 3 unmeasured rounds");
        for (var i = -3; i < runs; i++)
        {
            foreach (var client in clients)
            {
                var (total, parts) = await OnceAsync(client, spec);
                if (i < 0)
                {
                    continue;
                }
                totals[client.Kind].Add(total);
                foreach (var (step, seconds) in parts)
                {
                    steps[client.Kind][step].Add(seconds);
                }
            }
        }

        foreach (var client in clients)
        {
            var t = totals[client.Kind];
            var breakdown = string.Join("  ", Steps.Select(s => $"{s} {Ms(Stats.Quantile(steps[client.Kind][s], 0.5))}"));
            Console.WriteLine($"  {client.Kind,-8}  p50 {Ms(Stats.Quantile(t, 0.5))}  p95 {Ms(Stats.Quantile(t, 0.95))}   (p50 per step: {breakdown})");
        }
        var p50 = Stats.Quantile(totals[DockerClientKind.Enhanced], 0.5) / Stats.Quantile(totals[DockerClientKind.Builtin], 0.5);
        var p95 = Stats.Quantile(totals[DockerClientKind.Enhanced], 0.95) / Stats.Quantile(totals[DockerClientKind.Builtin], 0.95);
        Console.WriteLine(FormattableString.Invariant($"docker-client: enhanced/builtin p50={p50:0.000} p95={p95:0.000} (above 1.10 = more than 10% worse)"));
        return 0;
    }

    private static async Task<(double Total, List<(string Step, double Seconds)> Parts)> OnceAsync(DockerClient docker, ContainerSpec spec)
    {
        var parts = new List<(string, double)>();
        var started = Stopwatch.GetTimestamp();
        var mark = started;
        void Lap(string step)
        {
            var now = Stopwatch.GetTimestamp();
            parts.Add((step, Stopwatch.GetElapsedTime(mark, now).TotalSeconds));
            mark = now;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var id = await docker.CreateAsync(spec, null, timeout.Token);
        try
        {
            Lap("create");
            using var stream = await docker.AttachAsync(id, timeout.Token);
            Lap("attach");
            await docker.StartAsync(id, timeout.Token);
            Lap("start");
            await stream.WriteLineAsync(Encoding.UTF8.GetBytes("ping"), timeout.Token);
            var line = await stream.ReadLineAsync(4096, timeout.Token);
            if (line != "ping")
            {
                throw new InvalidOperationException($"{docker.Kind}: expected the line back, got '{line}' (stderr: {stream.Stderr})");
            }
            Lap("echo");
            await docker.KillAsync(id, timeout.Token);
            await docker.RemoveAsync(id, timeout.Token);
            Lap("kill+remove");
        }
        catch
        {
            await docker.RemoveAsync(id, CancellationToken.None);
            throw;
        }
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, parts);
    }

    private static string Ms(double seconds) => $"{seconds * 1000:0.0} ms";
}
