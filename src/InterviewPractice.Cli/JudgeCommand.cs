using System.Collections.Immutable;
using InterviewPractice.Judging;
using InterviewPractice.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Cli;

/// <summary><c>judge SLUG FILE [--lang L] [--run] [--problems DIR]</c>: judges a file as a submission would be.</summary>
internal static class JudgeCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var positional = Args.Positional(args);
        if (positional.Count != 2)
        {
            Console.Error.WriteLine("usage: interview judge SLUG FILE [--lang csharp|javascript|python] [--run] [--problems DIR]");
            return 2;
        }
        var (slug, file) = (positional[0], positional[1]);
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"error: {file} does not exist");
            return 2;
        }
        var langArg = Args.Option(args, "--lang");
        Language language;
        if (langArg is not null ? !Languages.TryParse(langArg, out language) : !Languages.TryFromPath(file, out language))
        {
            Console.Error.WriteLine($"error: cannot tell the language of {file}; pass --lang csharp|javascript|python");
            return 2;
        }
        using var host = await CliHost.StartAsync(Args.Option(args, "--problems") ?? "problems", judge: true, ct);
        var catalog = host.Services.GetRequiredService<ProblemCatalog>().Current;
        if (!catalog.Problems.TryGetValue(slug, out var problem))
        {
            Console.Error.WriteLine($"error: no problem '{slug}'" + (catalog.Errors.TryGetValue(slug, out var errors) ? ":\n  " + string.Join("\n  ", errors) : ""));
            return 2;
        }
        if (problem.Kind != ProblemKind.Code)
        {
            Console.Error.WriteLine($"error: '{slug}' is a concept problem; it has no code to judge");
            return 2;
        }
        var mode = args.Contains("--run") ? JudgeMode.Run : JudgeMode.Submit;
        var judge = host.Services.GetRequiredService<Judge>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await judge.JudgeAsync(new JudgeRequest(problem, language, await File.ReadAllTextAsync(file, ct), mode, ImmutableArray<System.Text.Json.Nodes.JsonNode>.Empty),
            t => Console.WriteLine($"  test {t.Index + 1,3} {t.Kind,-7} {t.Verdict,-20} {(t.TimeMs is { } ms ? $"{ms,6} ms" : "")} {(t.MemoryKb is { } kb ? $"{kb / 1024.0,7:0.0} MiB" : "")}{(t.Message is null ? "" : "  " + t.Message)}"),
            ct);
        Console.WriteLine($"{result.Verdict}: {result.Passed}/{result.Total} passed, {result.TimeMs} ms max{(result.MemoryKb is { } peak ? $", {peak / 1024.0:0.0} MiB" : "")}, judged in {started.ElapsedMilliseconds} ms");
        if (result.CompileOutput is not null)
        {
            Console.WriteLine(result.CompileOutput);
        }
        if (result.Message is not null)
        {
            Console.WriteLine(result.Message);
        }
        await host.StopAsync(ct);
        return result.Verdict == Verdict.Accepted ? 0 : 1;
    }
}
