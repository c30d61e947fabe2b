using System.Diagnostics;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// <c>bench checkers</c>: course-order's checker in JavaScript (Jint, in the judge) against its Python twin
/// (<c>tests/fixtures/course-order-checker.py</c>, in the Python sandbox), on the same cases, in one run: the check
/// of one case, of a whole submission's cases, and submit-to-verdict of the reference, interleaved.
/// </summary>
internal static class CheckersBenchmark
{
    public static async Task<int> RunAsync(string problems, string[] args)
    {
        var rounds = Stats.Option(args, "--rounds", 10);
        var root = Directory.CreateTempSubdirectory("ip-bench-checkers-").FullName;
        try
        {
            Copy(Path.Combine(problems, "course-order"), Path.Combine(root, "course-order"));
            Copy(Path.Combine(problems, "course-order"), Path.Combine(root, "course-order-py"));
            File.Delete(Path.Combine(root, "course-order-py", "checker.js"));
            File.Copy(Path.Combine(Path.GetDirectoryName(problems)!, "tests", "fixtures", "course-order-checker.py"), Path.Combine(root, "course-order-py", "checker.py"));
            using var app = new BenchApp(root, new Dictionary<string, string?> { ["Judge:WarmPerLanguage"] = "2" }, Path.GetDirectoryName(Path.GetFullPath(problems)));
            await app.StartAsync();
            await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(90));
            var catalog = app.Services.GetRequiredService<ProblemCatalog>().Current;
            var js = catalog.Problems["course-order"];
            var py = catalog.Problems["course-order-py"];
            var cases = js.Samples.Concat(js.Hidden).Select(c => new CustomChecker.Case(c.Input, c.Output, c.Output.DeepClone())).ToList();
            Console.WriteLine($"course-order: {cases.Count} cases (samples and hidden), each checked with the reference's own answer; {rounds} rounds");

            // One case at a time: Jint per call (a fresh engine each, as the judge does); Python per container.
            var jsCase = new List<double>();
            var jsSubmission = new List<double>();
            for (var r = 0; r < rounds + 1; r++)
            {
                var all = Stopwatch.GetTimestamp();
                foreach (var c in cases)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (!ScriptChecker.Check(js.Checker.Script!, c.Input, c.Expected, c.Actual).Ok)
                    {
                        Console.WriteLine("  checker.js refused the reference's answer");
                        return 1;
                    }
                    if (r > 0)
                    {
                        jsCase.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                    }
                }
                if (r > 0)
                {
                    jsSubmission.Add(Stopwatch.GetElapsedTime(all).TotalSeconds);
                }
            }
            var checker = app.Services.GetRequiredService<CustomChecker>();
            var pyOne = new List<double>();
            var pySubmission = new List<double>();
            for (var r = 0; r < rounds + 1; r++)
            {
                var started = Stopwatch.GetTimestamp();
                var one = await checker.CheckAsync(py, cases.Take(1).ToList(), CancellationToken.None);
                var oneTime = Stopwatch.GetElapsedTime(started).TotalSeconds;
                started = Stopwatch.GetTimestamp();
                var checks = await checker.CheckAsync(py, cases, CancellationToken.None);
                var allTime = Stopwatch.GetElapsedTime(started).TotalSeconds;
                if (!one[0].Ok || checks.Any(c => !c.Ok))
                {
                    Console.WriteLine($"  checker.py refused the reference's answer: {checks.FirstOrDefault(c => !c.Ok).Message}");
                    return 1;
                }
                if (r > 0)
                {
                    pyOne.Add(oneTime);
                    pySubmission.Add(allTime);
                }
            }
            double jsCaseP50 = Stats.Quantile(jsCase, 0.5), jsSubmitP50 = Stats.Quantile(jsSubmission, 0.5);
            double pyOneP50 = Stats.Quantile(pyOne, 0.5), pySubmitP50 = Stats.Quantile(pySubmission, 0.5);
            Console.WriteLine($"  checker.js (Jint, in the judge)   one case p50 {Ms(jsCaseP50)} p95 {Ms(Stats.Quantile(jsCase, 0.95))}   all {cases.Count} cases p50 {Ms(jsSubmitP50)}");
            Console.WriteLine($"  checker.py (Python sandbox)      one case p50 {Ms(pyOneP50)} p95 {Ms(Stats.Quantile(pyOne, 0.95))}   all {cases.Count} cases p50 {Ms(pySubmitP50)} (one container)");

            // What a user feels: submit-to-verdict of the Python reference, the two problems interleaved.
            var reference = JudgeBenchmark.Reference(problems, "course-order", "python");
            var verdictJs = new List<double>();
            var verdictPy = new List<double>();
            for (var r = 0; r < rounds + 1; r++)
            {
                foreach (var (slug, times) in new[] { ("course-order", verdictJs), ("course-order-py", verdictPy) })
                {
                    await app.WaitForWarmAsync(2, TimeSpan.FromSeconds(30));
                    var started = Stopwatch.GetTimestamp();
                    if (await JudgeBenchmark.SubmitAndWaitAsync(app.Http, slug, "python", reference) != "Accepted")
                    {
                        Console.WriteLine($"  the reference was not accepted on {slug}");
                        return 1;
                    }
                    if (r > 0)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                    }
                }
            }
            double verdictJsP50 = Stats.Quantile(verdictJs, 0.5), verdictPyP50 = Stats.Quantile(verdictPy, 0.5);
            Console.WriteLine($"  submit-to-verdict, Python reference: with checker.js p50 {Ms(verdictJsP50)}, with checker.py p50 {Ms(verdictPyP50)}");
            Console.WriteLine(FormattableString.Invariant(
                $"checkers: js_case_p50_ms={jsCaseP50 * 1000:0.00} py_case_p50_ms={pyOneP50 * 1000:0.0} js_all_p50_ms={jsSubmitP50 * 1000:0.0} py_all_p50_ms={pySubmitP50 * 1000:0.0} verdict_js_p50_ms={verdictJsP50 * 1000:0} verdict_py_p50_ms={verdictPyP50 * 1000:0} speedup_all={pySubmitP50 / jsSubmitP50:0.0}x"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    private static string Ms(double seconds) => $"{seconds * 1000:0.00} ms";
}
