using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;

namespace InterviewPractice.Web.Problems;

/// <summary>A line of the catalog.</summary>
public sealed record ProblemSummary(string Slug, string Title, string Kind, string Difficulty, ImmutableArray<string> Tags);

/// <summary>A sample case as users see it.</summary>
public sealed record SampleCase(string Name, JsonNode Input, JsonNode Output, string? Explain);

/// <summary>Everything a user may see of a problem: no hidden case, solution or answer.</summary>
public sealed record ProblemView(
    string Slug,
    string Title,
    string Kind,
    string Difficulty,
    ImmutableArray<string> Tags,
    string StatementHtml,
    ImmutableArray<string> Languages,
    string? Io,
    IReadOnlyDictionary<string, string> StarterCode,
    ImmutableArray<SampleCase> Samples,
    LimitsView? Limits,
    ImmutableArray<ConceptPart> Parts,
    int? Variant = null);

/// <summary>Limits in the units pages show.</summary>
/// <param name="TimeMs">The time limit per test; the longest one when <paramref name="TimeMsByLanguage"/> is given.</param>
/// <param name="TimeMsByLanguage">A time limit per language id, when the problem gives them (C# is faster than Python).</param>
public sealed record LimitsView(int TimeMs, int MemoryMb, IReadOnlyDictionary<string, int>? TimeMsByLanguage = null);

/// <summary>A problem set with its problems in order.</summary>
public sealed record ProblemSetView(string Slug, string Title, string Description, ImmutableArray<ProblemSummary> Problems);

/// <summary>The body of <c>POST /api/problems/{slug}/answers</c>.</summary>
/// <param name="Variant">For a randomized concept problem, the variant answered (the page's); the default variant
/// (1) when absent.</param>
public sealed record AnswersRequest(JsonObject? Answers, int? Variant = null);

/// <summary>Maps loaded problems to what may leave the server. The only way problems reach a response.</summary>
public static class ProblemViews
{
    public static ProblemSummary Summary(Problem p) =>
        new(p.Slug, p.Title, Lower(p.Kind), Lower(p.Difficulty), p.Tags);

    /// <summary>The problem as pages and the API show it; a randomized concept problem as its variant
    /// <paramref name="variant"/> (its default variant, 1, when null, and when the author's script cannot make
    /// that one: variant 1 is checked when the problem loads, others only as far as <c>validate</c> tries).</summary>
    public static ProblemView View(Problem p, int? variant = null)
    {
        int? seed = p.Variants is null ? null : variant ?? 1;
        try
        {
            var (statementHtml, key) = p.ForVariant(seed);
            return View(p, statementHtml, key, seed);
        }
        catch (InterviewPractice.Problems.Concepts.VariantException) when (seed is not 1)
        {
            return View(p, 1);
        }
    }

    private static ProblemView View(Problem p, string statementHtml, InterviewPractice.Problems.Concepts.AnswerKey? key, int? seed) => new(
        p.Slug,
        p.Title,
        Lower(p.Kind),
        Lower(p.Difficulty),
        p.Tags,
        statementHtml,
        [.. p.Languages.Select(l => l.Id())],
        p.Kind == ProblemKind.Code ? Lower(p.Io) : null,
        p.StarterCode.ToDictionary(kv => kv.Key.Id(), kv => kv.Value),
        [.. p.Samples.Select(s => new SampleCase(s.Name, s.Input.DeepClone(), s.Output.DeepClone(), s.Explain))],
        p.Kind == ProblemKind.Code
            ? new LimitsView(p.Limits.TimeMs, p.Limits.MemoryMb, p.Limits.ByLanguage?.ToDictionary(kv => kv.Key.Id(), kv => kv.Value))
            : null,
        key?.PublicParts ?? [],
        seed);

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
