using System.Diagnostics;
using System.Globalization;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench pages</c>: an open-loop load on the problem page at a fixed rate on loopback; prints the server's own
/// time per request (its Server-Timing header) at p50/p99 and the rate achieved.
/// </summary>
internal static class PagesBenchmark
{
    public static async Task<int> RunAsync(string problems, string[] args)
    {
        var rate = Stats.Option(args, "--rate", 1000);
        var seconds = Stats.Option(args, "--seconds", 10);
        var paths = new[] { "problems/two-sum", "api/problems/two-sum" };
        using var app = new BenchApp(problems, new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "0" });
        await app.StartAsync();

        foreach (var path in paths)
        {
            // Warm-up: JIT and caches, not measured.
            await LoadAsync(app.Http, path, rate, 2);
            var (server, client, achieved, errors) = await LoadAsync(app.Http, path, rate, seconds);
            Console.WriteLine($"GET /{path} at {rate} req/s for {seconds} s (open loop, loopback, client in the same process):");
            Console.WriteLine($"  server time to first byte (Server-Timing)  p50 {Stats.Quantile(server, 0.5):0.000} ms  p99 {Stats.Quantile(server, 0.99):0.000} ms");
            Console.WriteLine($"  client round trip                         p50 {Stats.Quantile(client, 0.5):0.000} ms  p99 {Stats.Quantile(client, 0.99):0.000} ms");
            Console.WriteLine($"  achieved {achieved:0} req/s, {server.Count} responses, {errors} errors");
        }
        return 0;
    }

    private static async Task<(List<double> Server, List<double> Client, double Achieved, int Errors)> LoadAsync(HttpClient http, string path, int rate, int seconds)
    {
        var server = new List<double>();
        var client = new List<double>();
        var errors = 0;
        var count = rate * seconds;
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            inFlight.Add(OneAsync());
            if (inFlight.Count > 512)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        await Task.WhenAll(inFlight);
        var achieved = count / clock.Elapsed.TotalSeconds;
        return (server, client, achieved, errors);

        async Task OneAsync()
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? values.First() : null;
                var dur = timing is null ? double.NaN : double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);
                lock (server)
                {
                    if (!response.IsSuccessStatusCode)
                    {
                        errors++;
                    }
                    server.Add(dur);
                    client.Add(elapsed);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }
}
