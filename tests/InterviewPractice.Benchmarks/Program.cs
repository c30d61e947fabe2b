namespace InterviewPractice.Benchmarks;

/// <summary>Benchmarks that print figures, measured in one run so ratios are meaningful on a noisy machine.</summary>
internal static class BenchmarkMain
{
    // Not top-level statements: the web project's Program would clash with a generated one here.
    public static async Task<int> Main(string[] args)
    {
        var problems = args.SkipWhile(a => a != "--problems").Skip(1).FirstOrDefault() ?? FindProblems();
        return args.FirstOrDefault() switch
        {
            "judge" => await JudgeBenchmark.RunAsync(problems, args),
            "pages" => await PagesBenchmark.RunAsync(problems, args),
            "checkers" => await CheckersBenchmark.RunAsync(problems, args),
            "console" => await ConsoleBenchmark.RunAsync(problems, args),
            "ydoc" => await YdocBenchmark.RunAsync(Path.GetDirectoryName(problems)!, args),
            "rooms" => await RoomsBenchmark.RunAsync(Path.GetDirectoryName(problems)!, args),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: interview bench judge [--latency-runs N] [--throughput N] | bench pages [--rate R] [--seconds S] | bench checkers [--rounds N] | bench console [--sessions N] [--evals N] [--idle N] | bench ydoc [--updates N] [--runs N] | bench rooms [--rooms N] [--rate R] [--seconds S] [--drain S]");
        return 2;
    }

    private static string FindProblems()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewPractice.sln")))
            {
                return Path.Combine(dir.FullName, "problems");
            }
        }
        return Path.GetFullPath("problems");
    }
}
