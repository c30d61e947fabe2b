using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InterviewPractice.Problems;

/// <summary>
/// Finds hidden material (hidden cases' values, solution code, concept explanations) in text that is served
/// before grading. A value counts only when it is distinctive (long enough not to occur by chance) and the author
/// did not also write it into the public statement, samples or concept parts.
/// </summary>
public static partial class LeakCheck
{
    private const int MinLength = 8;

    /// <summary>Descriptions of what leaked into <paramref name="served"/>; empty when nothing did.</summary>
    public static IReadOnlyList<string> Find(Problem problem, string served)
    {
        var publicText = problem.StatementMarkdown + "\n" + string.Join("\n", problem.Samples.Select(s => s.Input.ToJsonString() + s.Output.ToJsonString()))
            + "\n" + string.Join("\n", (problem.AnswerKey?.PublicParts ?? []).Select(p => p.Prompt + "\n" + string.Join("\n", p.Options ?? [])));
        var compact = served.Replace(" ", "", StringComparison.Ordinal);
        var leaks = new List<string>();
        foreach (var hidden in problem.Hidden)
        {
            foreach (var (what, value) in Values(hidden))
            {
                if (value.Length >= MinLength && !publicText.Contains(value, StringComparison.Ordinal) && Contains(served, compact, value))
                {
                    leaks.Add($"hidden case '{hidden.Name}': {what} ({Shorten(value)})");
                }
            }
        }
        foreach (var solution in problem.Solutions)
        {
            var line = solution.Code.Split('\n').Select(l => l.Trim()).Where(l => !problem.StarterCode.Values.Any(s => s.Contains(l, StringComparison.Ordinal)))
                .OrderByDescending(l => l.Length).FirstOrDefault();
            if (line is { Length: >= 24 } && Contains(served, compact, line))
            {
                leaks.Add($"solution {solution.Path}: \"{Shorten(line)}\"");
            }
        }
        foreach (var part in problem.AnswerKey?.Parts ?? [])
        {
            if (part.Explanation is { } explanation && Phrase(explanation, publicText) is { } phrase && Contains(served, compact, phrase))
            {
                leaks.Add($"explanation of part '{part.Public.Id}': \"{Shorten(phrase)}\"");
            }
        }
        return leaks;
    }

    // The longest run of plain words in an explanation that the public text does not have (an explanation may
    // quote an option): it reads the same in Markdown, HTML and a JSON string, where TeX, markup, quotes and line
    // breaks would be written differently.
    private static string? Phrase(string markdown, string publicText) =>
        PlainRun().Matches(markdown).Select(m => m.Value.Trim())
            .Where(r => r.Length >= 24 && !publicText.Contains(r, StringComparison.Ordinal))
            .MaxBy(r => r.Length);

    [GeneratedRegex("[A-Za-z0-9 ,.;:!?%()-]+")]
    private static partial Regex PlainRun();

    private static IEnumerable<(string What, string Value)> Values(TestCase hidden)
    {
        var (input, output) = hidden.Values();
        if (input is JsonObject args)
        {
            foreach (var (name, value) in args)
            {
                yield return ($"argument {name}", Compact(value));
            }
        }
        else
        {
            yield return ("stdin", input.GetValue<string>().Trim());
        }
        yield return ("expected output", output is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>().Trim() : Compact(output));
    }

    private static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";

    // Served JSON may escape or space values differently; compare on text with spacing removed too.
    private static bool Contains(string served, string compact, string value) =>
        served.Contains(value, StringComparison.Ordinal)
        || compact.Contains(value.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
