using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench judge</c>: the cost of one cold container, submit-to-verdict latency per language as a ratio to it,
/// and sustained throughput as a ratio to plain <c>docker run --rm ... true</c> at the same parallelism.
/// </summary>
internal static class JudgeBenchmark
{
    private const string Image = "interviewpractice/sandbox:latest";
    private static readonly string[] LanguageIds = ["csharp", "javascript", "python"];

    public static async Task<int> RunAsync(string problems, string[] args)
    {
        var latencyRuns = Stats.Option(args, "--latency-runs", 20);
        var total = Stats.Option(args, "--throughput", 200);
        var parallelism = Environment.ProcessorCount;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; judge workers = parallelism = {parallelism}");

        var cold = await TimeDockerRunsAsync(10, 1);
        var coldP50 = Stats.Quantile(cold.Times, 0.5);
        Console.WriteLine($"cold container: docker run --rm {Image} true  p50 {Ms(coldP50)}  p95 {Ms(Stats.Quantile(cold.Times, 0.95))}  (n=10)");

        using var app = new BenchApp(problems, new Dictionary<string, string?>
        {
            ["Judge:Workers"] = parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Two clients of the fairness figure are told apart by X-Forwarded-For from loopback.
            ["Web:ForwardedProxies:0"] = "127.0.0.1",
        });
        await app.StartAsync();
        await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(90));

        // Warm the server's own paths (JIT, database) once per language; not counted.
        foreach (var language in LanguageIds)
        {
            await SubmitAndWaitAsync(app.Http, "two-sum", language, Reference(problems, "two-sum", language));
        }

        Console.WriteLine($"submit-to-verdict, two-sum, all hidden cases, over HTTP (POST, then GET ?wait= until the verdict), n={latencyRuns} per language:");
        var worstRatio = 0.0;
        var worstP95 = 0.0;
        var p50Ratios = new Dictionary<string, double>();
        foreach (var language in LanguageIds)
        {
            var times = new List<double>();
            for (var i = 0; i < latencyRuns; i++)
            {
                // Latency at low load: each submission finds the warm pool refilled, as a lone user would.
                await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(30));
                var started = Stopwatch.GetTimestamp();
                var verdict = await SubmitAndWaitAsync(app.Http, "two-sum", language, Reference(problems, "two-sum", language));
                times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                if (verdict != "Accepted")
                {
                    Console.WriteLine($"  unexpected verdict {verdict} for the {language} reference");
                    return 1;
                }
            }
            var p50 = Stats.Quantile(times, 0.5);
            var p95 = Stats.Quantile(times, 0.95);
            worstRatio = Math.Max(worstRatio, p50 / coldP50);
            worstP95 = Math.Max(worstP95, p95 / coldP50);
            p50Ratios[language] = p50 / coldP50;
            Console.WriteLine($"  {language,-10}  p50 {Ms(p50)} ({p50 / coldP50:0.00}x cold)  p95 {Ms(p95)} ({p95 / coldP50:0.00}x cold)");
        }

        var burstP95 = await BurstAsync(app, problems, coldP50);
        var secondClientWait = await SecondClientWaitAsync(app, problems);

        var plain = await TimeDockerRunsAsync(total, parallelism);
        var plainRate = total / plain.Wall;
        Console.WriteLine($"throughput baseline: {total} x docker run --rm {Image} true, {parallelism} at a time: {plainRate:0.00}/s ({plain.Wall:0.0} s)");

        await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(60));
        var mixed = new[] { "two-sum", "softmax", "valid-parentheses" };
        var ids = new List<string>();
        var started2 = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var problem = mixed[i % mixed.Length];
            var language = LanguageIds[(i / mixed.Length) % LanguageIds.Length];
            ids.Add(await PostAsync(app.Http, problem, language, Reference(problems, problem, language)));
        }
        var verdicts = await Task.WhenAll(ids.Select(id => WaitAsync(app.Http, id)));
        var wall = Stopwatch.GetElapsedTime(started2).TotalSeconds;
        var rate = total / wall;
        var accepted = verdicts.Count(v => v == "Accepted");
        var lost = total - verdicts.Count(v => v is not null);
        Console.WriteLine($"throughput: {total} mixed submissions (two-sum, softmax, valid-parentheses x C#, JavaScript, Python), all queued at once, {parallelism} workers: {rate:0.00}/s ({wall:0.0} s)");
        Console.WriteLine($"  ratio to plain docker run at the same parallelism: {rate / plainRate:0.00}; accepted {accepted}/{total}; lost {lost}");
        Console.WriteLine($"targets: p50 <= 0.3x cold per language, p95 <= 0.5x, burst p95 <= 0.6x, throughput >= 1.2x plain docker run, lost 0, second client judged within 2 s (it took {secondClientWait:0.00} s)");
        Console.WriteLine(FormattableString.Invariant(
            $"judge: csharp={p50Ratios["csharp"]:0.00} javascript={p50Ratios["javascript"]:0.00} python={p50Ratios["python"]:0.00} p95max={worstP95:0.00} burst_p95={burstP95:0.00} throughput={rate / plainRate:0.00} lost={lost}"));
        return accepted == total ? 0 : 1;
    }

    /// <summary>
    /// A burst of 30 submissions in one language, 5 a second (open loop), per language: how far the warm pool,
    /// sized by the arrival rate, keeps up. Returns the worst p95 as a ratio to the cold container.
    /// </summary>
    private static async Task<double> BurstAsync(BenchApp app, string problems, double coldP50)
    {
        const int count = 30;
        var interval = TimeSpan.FromMilliseconds(200);
        var worst = 0.0;
        Console.WriteLine($"burst: {count} two-sum submissions in one language, 5 per second, submit-to-verdict:");
        foreach (var language in LanguageIds)
        {
            await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(60));
            var code = Reference(problems, "two-sum", language);
            var started = Stopwatch.GetTimestamp();
            var runs = new List<Task<double>>();
            for (var i = 0; i < count; i++)
            {
                var due = started + (long)(interval.TotalSeconds * i * Stopwatch.Frequency);
                var wait = TimeSpan.FromSeconds((due - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
                runs.Add(TimeOneAsync(app.Http, "two-sum", language, code));
            }
            var times = await Task.WhenAll(runs);
            var p50 = Stats.Quantile(times, 0.5);
            var p95 = Stats.Quantile(times, 0.95);
            worst = Math.Max(worst, p95 / coldP50);
            Console.WriteLine($"  {language,-10}  p50 {Ms(p50)} ({p50 / coldP50:0.00}x cold)  p95 {Ms(p95)} ({p95 / coldP50:0.00}x cold)");
        }
        return worst;
    }

    private static async Task<double> TimeOneAsync(HttpClient http, string problem, string language, string code)
    {
        var started = Stopwatch.GetTimestamp();
        var verdict = await SubmitAndWaitAsync(http, problem, language, code);
        if (verdict != "Accepted")
        {
            throw new InvalidOperationException($"unexpected verdict {verdict} for the {language} reference");
        }
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>
    /// Fairness: client A queues 100 submissions, then client B sends one; how long B's waits for its verdict.
    /// </summary>
    private static async Task<double> SecondClientWaitAsync(BenchApp app, string problems)
    {
        await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(60));
        var code = Reference(problems, "two-sum", "python");
        var flood = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            flood.Add(await PostAsync(app.Http, "two-sum", "python", code, client: "198.51.100.1"));
        }
        var started = Stopwatch.GetTimestamp();
        var verdict = await WaitAsync(app.Http, await PostAsync(app.Http, "two-sum", "python", code, client: "198.51.100.2"));
        var waited = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var judgedBefore = 0;
        foreach (var id in flood)
        {
            var view = await app.Http.GetFromJsonAsync<JsonObject>($"api/submissions/{id}");
            judgedBefore += (string?)view!["status"] == "done" ? 1 : 0;
        }
        Console.WriteLine($"fairness: client A queued 100, then client B sent 1: B's verdict ({verdict}) came {waited:0.00} s after its arrival, with {judgedBefore} of A's done by then (target <= 2 s)");
        await Task.WhenAll(flood.Select(id => WaitAsync(app.Http, id)));
        return waited;
    }

    internal static async Task<string?> SubmitAndWaitAsync(HttpClient http, string problem, string language, string code) =>
        await WaitAsync(http, await PostAsync(http, problem, language, code));

    private static async Task<string> PostAsync(HttpClient http, string problem, string language, string code, string? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/submissions") { Content = JsonContent.Create(new { problem, language, code, mode = "submit" }) };
        if (client is not null)
        {
            request.Headers.Add("X-Forwarded-For", client);
        }
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private static async Task<string?> WaitAsync(HttpClient http, string id)
    {
        for (var i = 0; i < 20; i++)
        {
            var view = await http.GetFromJsonAsync<JsonObject>($"api/submissions/{id}?wait=30");
            if ((string?)view!["status"] == "done")
            {
                return (string?)view["verdict"];
            }
        }
        return null;
    }

    internal static string Reference(string problems, string slug, string language) =>
        Languages.TryParse(language, out var parsed)
            ? File.ReadAllText(Path.Combine(problems, slug, "solutions", "accepted", "ref." + parsed.Extension()))
            : throw new ArgumentException($"unknown language {language}", nameof(language));

    /// <summary>Runs <paramref name="count"/> plain <c>docker run --rm IMAGE true</c>, <paramref name="parallel"/> at a time.</summary>
    private static async Task<(List<double> Times, double Wall)> TimeDockerRunsAsync(int count, int parallel)
    {
        var times = new List<double>();
        var next = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var started = Stopwatch.GetTimestamp();
                using var process = Process.Start(new ProcessStartInfo("docker", $"run --rm {Image} true") { RedirectStandardOutput = true, RedirectStandardError = true })!;
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"docker run failed: {await process.StandardError.ReadToEndAsync()}");
                }
                lock (times)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                }
            }
        }));
        return (times, wall.Elapsed.TotalSeconds);
    }

    private static string Ms(double seconds) => $"{seconds * 1000:0} ms";
}
