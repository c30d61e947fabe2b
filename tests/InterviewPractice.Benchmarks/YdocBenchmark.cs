using System.Diagnostics;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Rooms;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench ydoc</c>: the server's Yjs (Jint) on a room's log of 2,000 keystrokes by two editors made by the real
/// Yjs in Node: loading it into a fresh engine, merging the log into one update (what compaction does), reading
/// the text from the whole log and from the merged update (what Run and Submit do).
/// </summary>
internal static class YdocBenchmark
{
    public static async Task<int> RunAsync(string repository, string[] args)
    {
        var count = Stats.Option(args, "--updates", 2000);
        var runs = Stats.Option(args, "--runs", 10);
        var log = await LogAsync(repository, count);
        Console.WriteLine($"log: {log.Updates.Count} updates, {log.Updates.Sum(u => u.Length) / 1024.0:0.0} KiB, text {log.Text.Length} chars");

        var started = Stopwatch.GetTimestamp();
        using (var cold = new YjsDocuments(Options.Create(new RoomsOptions { ScriptEngines = 1 })))
        {
            await cold.TextAsync(log.Updates.Take(1).ToList(), "code", CancellationToken.None);
        }
        var coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine($"first call on a new engine (Yjs loaded, one update read): {coldMs:0} ms");

        using var documents = new YjsDocuments(Options.Create(new RoomsOptions { ScriptEngines = 1 }));
        var merged = await documents.MergeAsync(log.Updates, CancellationToken.None);
        if (await documents.TextAsync([merged], "code", CancellationToken.None) != log.Text
            || await documents.TextAsync(log.Updates, "code", CancellationToken.None) != log.Text)
        {
            Console.WriteLine("the server's text differs from the editors'");
            return 1;
        }
        var merge = await TimeAsync(runs, () => documents.MergeAsync(log.Updates, CancellationToken.None));
        var textLog = await TimeAsync(runs, () => documents.TextAsync(log.Updates, "code", CancellationToken.None));
        var textMerged = await TimeAsync(runs * 5, () => documents.TextAsync([merged], "code", CancellationToken.None));
        Console.WriteLine($"merge {count} updates into one ({merged.Length / 1024.0:0.0} KiB): p50 {Stats.Quantile(merge, 0.5):0.0} ms  p95 {Stats.Quantile(merge, 0.95):0.0} ms  (n={runs})");
        Console.WriteLine($"text from the {count}-update log: p50 {Stats.Quantile(textLog, 0.5):0.0} ms  p95 {Stats.Quantile(textLog, 0.95):0.0} ms  (n={runs})");
        Console.WriteLine($"text from the merged update: p50 {Stats.Quantile(textMerged, 0.5):0.0} ms  p95 {Stats.Quantile(textMerged, 0.95):0.0} ms  (n={runs * 5})");
        Console.WriteLine($"ydoc: cold_ms={coldMs:0} merge{count}_p50_ms={Stats.Quantile(merge, 0.5):0.0} text{count}_p50_ms={Stats.Quantile(textLog, 0.5):0.0} text_merged_p50_ms={Stats.Quantile(textMerged, 0.5):0.0}");
        return 0;
    }

    private static async Task<List<double>> TimeAsync<T>(int runs, Func<Task<T>> work)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return times;
    }

    // The same generator the tests use (tests/InterviewPractice.Web.Tests/Rooms/make-updates.cjs).
    private static async Task<(List<byte[]> Updates, string Text)> LogAsync(string repository, int count)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(repository, "tests", "InterviewPractice.Web.Tests", "Rooms", "make-updates.cjs"));
        start.ArgumentList.Add(Path.Combine(repository, "src", "InterviewPractice.Web", "ClientApp"));
        start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-updates.cjs failed: {await error}");
        }
        var json = JsonNode.Parse(await output)!;
        return ([.. json["updates"]!.AsArray().Select(u => Convert.FromBase64String((string)u!))], (string)json["text"]!);
    }
}
