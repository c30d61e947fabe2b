using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Judging.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench console</c>: over HTTP on loopback, per language, the time from opening a session (a warm spare ready,
/// as a page finds one) to its first result, and the time of each evaluation in an open session (p50/p95); then the
/// memory of idle sessions, as the kernel counts it for their containers, and how many fit in 2 GiB.
/// </summary>
internal static class ConsoleBenchmark
{
    private static readonly string[] LanguageIds = ["csharp", "python", "javascript"];

    // A snippet per language that uses the state the one before it left: each evaluation is a real continuation.
    private static readonly Dictionary<string, (string Define, string Step)> Snippets = new()
    {
        ["csharp"] = ("var total = 0; var xs = new List<int> { 3, 1, 2 };", "total += xs.Count; xs.Add(total); xs.Order().Take(3).Sum()"),
        ["python"] = ("total = 0\nxs = [3, 1, 2]", "total += len(xs)\nxs.append(total)\nsum(sorted(xs)[:3])"),
        ["javascript"] = ("var total = 0; var xs = [3, 1, 2];", "total += xs.length; xs.push(total); [...xs].sort((a, b) => a - b).slice(0, 3).reduce((a, b) => a + b)"),
    };

    public static async Task<int> RunAsync(string problems, string[] args)
    {
        var sessions = Stats.Option(args, "--sessions", 8);
        var evals = Stats.Option(args, "--evals", 60);
        var idle = Stats.Option(args, "--idle", 4);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; per language: {sessions} new sessions (first result), {evals} evaluations in one session, {idle} idle sessions measured");

        using var app = new BenchApp(problems, new Dictionary<string, string?>
        {
            ["Judge:WarmPerLanguage"] = "0",
            ["Console:WarmPerLanguage"] = "1",
            ["Console:MaxSessions"] = "100",
            ["Console:MaxPerClient"] = "100",
        });
        await app.StartAsync();
        await app.WaitForWarmAsync(0, TimeSpan.FromSeconds(90));

        var firsts = new List<double>();
        var evalP50s = new Dictionary<string, double>();
        Console.WriteLine("time to first result of a new session (open, then `1 + 1`), and per evaluation in an open session, over HTTP:");
        foreach (var language in LanguageIds)
        {
            // The first open of a language starts its spare; not counted.
            await CloseAsync(app.Http, (await OpenAndFirstAsync(app.Http, language)).Session);
            var first = new List<double>();
            for (var i = 0; i < sessions; i++)
            {
                await WaitForSpareAsync(app.Http, language);
                var (session, seconds) = await OpenAndFirstAsync(app.Http, language);
                first.Add(seconds);
                await CloseAsync(app.Http, session);
            }
            firsts.AddRange(first);

            var (open, _) = await OpenAndFirstAsync(app.Http, language);
            var (define, step) = Snippets[language];
            await EvalAsync(app.Http, open, define);
            for (var i = 0; i < 5; i++)
            {
                await EvalAsync(app.Http, open, step);
            }
            var times = new List<double>();
            for (var i = 0; i < evals; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await EvalAsync(app.Http, open, step);
                times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            await CloseAsync(app.Http, open);
            evalP50s[language] = Stats.Quantile(times, 0.5);
            Console.WriteLine($"  {language,-10} first result p50 {Ms(Stats.Quantile(first, 0.5))}  p95 {Ms(Stats.Quantile(first, 0.95))}   evaluation p50 {Ms(evalP50s[language])}  p95 {Ms(Stats.Quantile(times, 0.95))}");
        }

        // Idle sessions: each has evaluated its definitions once and waits; memory as its container's cgroup counts it.
        var consoles = app.Services.GetRequiredService<InterviewPractice.Consoles.ConsoleSessions>();
        var perLanguage = new Dictionary<string, double>();
        var open_ = new List<string>();
        foreach (var language in LanguageIds)
        {
            var bytes = new List<double>();
            for (var i = 0; i < idle; i++)
            {
                await WaitForSpareAsync(app.Http, language);
                var (session, _) = await OpenAndFirstAsync(app.Http, language);
                await EvalAsync(app.Http, session, Snippets[language].Define);
                open_.Add(session);
                if (consoles.ContainerOf(session) is { } id && CgroupStats.For(id).CurrentMemory() is { } current)
                {
                    bytes.Add(current);
                }
            }
            if (bytes.Count == 0)
            {
                Console.WriteLine("  the containers' memory is not readable here (no cgroup files): no sessions_2gb figure");
                return 1;
            }
            perLanguage[language] = bytes.Average() / (1024 * 1024);
            Console.WriteLine($"  idle {language,-10} session: {perLanguage[language]:F0} MiB (mean of {bytes.Count})");
        }
        foreach (var session in open_)
        {
            await CloseAsync(app.Http, session);
        }
        var mixed = perLanguage.Values.Average();
        var fit = (int)Math.Floor(2048 / mixed);
        Console.WriteLine($"idle sessions in 2 GiB, languages mixed evenly ({mixed:F0} MiB each): {fit}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"console: csharp_eval_p50={evalP50s["csharp"] * 1000:F1}ms python_eval_p50={evalP50s["python"] * 1000:F1}ms javascript_eval_p50={evalP50s["javascript"] * 1000:F1}ms first_p50={Stats.Quantile(firsts, 0.5) * 1000:F0}ms sessions_2gb={fit}"));
        return 0;
    }

    private static async Task<(string Session, double Seconds)> OpenAndFirstAsync(HttpClient http, string language)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("api/console", new { action = "open", language });
        response.EnsureSuccessStatusCode();
        var session = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["session"]!;
        var value = await EvalAsync(http, session, "1 + 1");
        if (value != "2")
        {
            throw new InvalidOperationException($"{language}: 1 + 1 gave {value}");
        }
        return (session, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task<string?> EvalAsync(HttpClient http, string session, string code)
    {
        using var response = await http.PostAsJsonAsync("api/console", new { action = "eval", session, code });
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException($"`{code}` failed: {error}");
        }
        return (string?)result["value"];
    }

    private static async Task CloseAsync(HttpClient http, string session)
    {
        using var response = await http.PostAsJsonAsync("api/console", new { action = "close", session });
        response.EnsureSuccessStatusCode();
    }

    // A page opening a console finds a started spare: what the first-result figure is about.
    private static async Task WaitForSpareAsync(HttpClient http, string language)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((int)(await http.GetFromJsonAsync<JsonObject>("health"))!["consoles"]!["spares"]![language]! < 1)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no {language} console spare within 60 s");
            }
            await Task.Delay(20);
        }
    }

    private static string Ms(double seconds) => $"{seconds * 1000:F1} ms";
}
