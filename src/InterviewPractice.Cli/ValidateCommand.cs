using InterviewPractice.Judging;
using InterviewPractice.Problems;
using InterviewPractice.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Cli;

/// <summary>
/// <c>validate [DIR] [--summary]</c>: loads problems strictly, then checks each through the real judge. DIR is the
/// problems folder or one problem's folder. Exits 1 when anything is wrong, naming file and line or solution. With
/// <c>--summary</c>, ends with the catalog in figures: problems by kind and difficulty, and by tag.
/// </summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var target = Path.GetFullPath(Args.Positional(args).FirstOrDefault() ?? "problems");
        if (!Directory.Exists(target))
        {
            Console.Error.WriteLine($"error: {target} is not a folder");
            return 2;
        }
        // One problem's folder holds problem.md; validate just that one, within its problems folder.
        var single = File.Exists(Path.Combine(target, "problem.md")) ? Path.GetFileName(target) : null;
        var root = single is null ? target : Path.GetDirectoryName(target)!;

        using var host = await CliHost.StartAsync(root, judge: true, ct);
        var snapshot = host.Services.GetRequiredService<ProblemCatalog>().Current;
        var validator = new ProblemValidator(host.Services.GetRequiredService<Judge>());
        var errors = 0;
        var warnings = 0;

        foreach (var (file, fileErrors) in snapshot.Errors.Where(e => single is null || e.Key == single))
        {
            Console.WriteLine(file);
            foreach (var error in fileErrors)
            {
                Console.WriteLine($"  error  {error}");
                errors++;
            }
        }

        var problems = snapshot.Problems.Values.Where(p => single is null || p.Slug == single).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        // Problems are checked in parallel up to the judge's worker count; each report prints whole.
        var reports = new ValidationReport?[problems.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, problems.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            async (i, token) => reports[i] = await validator.ValidateAsync(problems[i], token));
        foreach (var report in reports.OfType<ValidationReport>())
        {
            Console.WriteLine(report.Slug);
            foreach (var finding in report.Findings)
            {
                Console.WriteLine($"  {Label(finding.Severity)}  {finding.Message}");
                errors += finding.Severity == Severity.Error ? 1 : 0;
                warnings += finding.Severity == Severity.Warning ? 1 : 0;
            }
        }
        if (args.Contains("--summary"))
        {
            PrintSummary(problems);
        }
        var checkedCount = problems.Count + snapshot.Errors.Count(e => single is null || e.Key == single);
        Console.WriteLine($"{(errors == 0 ? "valid" : "INVALID")}: {checkedCount} checked, {errors} error(s), {warnings} warning(s) in {started.Elapsed.TotalSeconds:0.0} s");
        await host.StopAsync(ct);
        return errors == 0 ? 0 : 1;
    }

    private static void PrintSummary(IReadOnlyList<Problem> problems)
    {
        var difficulties = Enum.GetValues<Difficulty>();
        string Row(string name, IEnumerable<Problem> of)
        {
            var list = of.ToList();
            return $"| {name,-24} | {string.Join(" | ", difficulties.Select(d => $"{list.Count(p => p.Difficulty == d),6}"))} | {list.Count,5} |";
        }
        var header = $"| {"",-24} | {string.Join(" | ", difficulties.Select(d => $"{d.ToString().ToLowerInvariant(),6}"))} | {"total",5} |";
        var rule = $"|{new string('-', 26)}|{string.Join("|", difficulties.Select(_ => new string('-', 8)))}|-------|";
        Console.WriteLine();
        Console.WriteLine("By kind:");
        Console.WriteLine(header);
        Console.WriteLine(rule);
        // Coding problems tagged `ml` are ML coding (NumPy-style numerics), the rest data structures and algorithms.
        Console.WriteLine(Row("code: algorithms", problems.Where(p => p.Kind == ProblemKind.Code && !p.Tags.Contains("ml"))));
        Console.WriteLine(Row("code: ML", problems.Where(p => p.Kind == ProblemKind.Code && p.Tags.Contains("ml"))));
        Console.WriteLine(Row("concept", problems.Where(p => p.Kind == ProblemKind.Concept)));
        Console.WriteLine(Row("all", problems));
        Console.WriteLine();
        Console.WriteLine("By tag (a problem counts under each of its tags):");
        Console.WriteLine(header);
        Console.WriteLine(rule);
        foreach (var tag in problems.SelectMany(p => p.Tags).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine(Row(tag, problems.Where(p => p.Tags.Contains(tag))));
        }
        Console.WriteLine();
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warn ",
        _ => "ok   ",
    };
}
