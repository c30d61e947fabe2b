using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InterviewPractice.Problems.Concepts;

/// <summary>The kinds of answer a concept part takes.</summary>
public enum AnswerType
{
    Number,
    Matrix,
    Choice,
    Multi,
    Text,
}

/// <summary>What a user sees of a part: everything needed to answer it, nothing that gives the answer away.</summary>
/// <param name="Partial">A multiple-choice part that gives partial credit (the page says so).</param>
public sealed record ConceptPart(string Id, string Prompt, AnswerType Type, double Points, ImmutableArray<string>? Options, int? Rows, int? Columns, bool Partial = false);

/// <summary>One part of an answer key, with the reference answer. Never leaves the server.</summary>
public sealed record AnswerPart
{
    public required ConceptPart Public { get; init; }
    public double? Value { get; init; }
    public ImmutableArray<ImmutableArray<double>>? Matrix { get; init; }
    public ImmutableHashSet<string>? Correct { get; init; }
    public Regex? Accept { get; init; }
    public double Rtol { get; init; }
    public double Atol { get; init; }
    public ImmutableArray<JsonNode> Wrong { get; init; } = [];

    /// <summary>The author's explanation as written (Markdown); null when the part has none.</summary>
    public string? Explanation { get; init; }

    /// <summary>The explanation rendered like statements; it gives the answer away, so only graded results carry it.</summary>
    public string? ExplanationHtml { get; init; }
    public required SourceLocation Location { get; init; }
}

/// <summary>The answer key of a concept problem (<c>answers.yaml</c>).</summary>
public sealed record AnswerKey(ImmutableArray<AnswerPart> Parts)
{
    public ImmutableArray<ConceptPart> PublicParts => [.. Parts.Select(p => p.Public)];
}
