using System.Collections.Immutable;

namespace InterviewPractice.Problems.Loading;

/// <summary>Reads <c>solutions/</c>: the folder a solution is in is the verdict it must get.</summary>
internal static class SolutionReader
{
    private static readonly Dictionary<string, ExpectedOutcome> Folders = new(StringComparer.Ordinal)
    {
        ["accepted"] = ExpectedOutcome.Accepted,
        ["wrong_answer"] = ExpectedOutcome.WrongAnswer,
        ["time_limit"] = ExpectedOutcome.TimeLimit,
        ["runtime_error"] = ExpectedOutcome.RuntimeError,
    };

    public static ImmutableArray<SolutionFile> Read(ProblemFiles files, string slug, ImmutableArray<Language> languages, ErrorSink sink)
    {
        var root = files.Full($"{slug}/solutions");
        var result = ImmutableArray.CreateBuilder<SolutionFile>();
        // A refused folder already has its error; "no accepted solution" on top would hide the cause.
        var refused = Directory.Exists(root) && !files.CheckNoLinks($"{slug}/solutions");
        if (Directory.Exists(root) && !refused)
        {
            foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(folder);
                if (!Folders.TryGetValue(name, out var expected))
                {
                    sink.Add(new SourceLocation($"{slug}/solutions/{name}/"), $"unknown solutions folder '{name}'; use {string.Join(", ", Folders.Keys)}");
                    continue;
                }
                if (!files.CheckNoLinks($"{slug}/solutions/{name}"))
                {
                    refused = true;
                    continue;
                }
                foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    var display = $"{slug}/solutions/{name}/{Path.GetFileName(path)}";
                    if (!Languages.TryFromPath(path, out var language))
                    {
                        sink.Add(new SourceLocation(display), "unknown language: solution files end in .cs, .js or .py");
                        continue;
                    }
                    if (!languages.Contains(language))
                    {
                        sink.Add(new SourceLocation(display), $"the problem does not list {language.Id()} in 'languages'");
                        continue;
                    }
                    if (files.ReadText(display) is { } code)
                    {
                        result.Add(new SolutionFile(display, language, expected, code));
                    }
                }
            }
        }
        foreach (var language in languages.Where(l => !refused && !result.Any(s => s.Expected == ExpectedOutcome.Accepted && s.Language == l)))
        {
            sink.Add(new SourceLocation($"{slug}/solutions/accepted/"), $"no accepted {language.Id()} solution (ref.{language.Extension()}): every listed language needs one, to check the problem and to answer custom inputs");
        }
        return result.ToImmutable();
    }
}
