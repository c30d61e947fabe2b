using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Problems.Loading;
using InterviewPractice.Problems.Scripts;

namespace InterviewPractice.Problems.Concepts;

/// <summary>A concept problem as one student sees it: the statement and answer key of one seed.</summary>
/// <param name="Seed">The variant's number (1 is the problem's default variant).</param>
public sealed record ConceptVariant(int Seed, string StatementHtml, AnswerKey AnswerKey);

/// <summary>Why a variant could not be made: the script failed, a placeholder has no value, or the answer key it
/// gives does not read; <see cref="Location"/> says where.</summary>
public sealed class VariantException(SourceLocation location, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}

/// <summary>
/// Randomized concept problems: <c>variant.js</c> in the problem folder defines <c>variant(rng)</c>, returning the
/// named values of one variant (<c>{n: 40, p: "0.25", answer_a: 10}</c>), drawn from <c>rng</c> and computed by
/// the same script. Every <c>{{name}}</c> in the statement and in <c>answers.yaml</c> (prompts, values, correct
/// options, wrong answers, explanations) is replaced by its value before they are read, so each variant is read
/// as strictly as a fixed problem, and the answers always follow the numbers shown. Seed 1 is the problem's
/// default variant (what the catalog, rooms and the API show); the page gives each attempt its own seed.
/// </summary>
public sealed partial class ConceptVariants
{
    /// <summary>The script's file name, in the problem folder.</summary>
    public const string File = "variant.js";

    private const int CacheSize = 512;
    private readonly ProblemScript _script;
    private readonly string _slug;
    private readonly string _statement;
    private readonly int _statementFirstLine;
    private readonly string _answers;
    private readonly ScriptLimits _limits;
    private readonly ConcurrentDictionary<int, ConceptVariant> _cache = new();

    internal ConceptVariants(ProblemScript script, string slug, string statementMarkdown, int statementFirstLine, string answersText, ScriptLimits limits)
    {
        _script = script;
        _slug = slug;
        _statement = statementMarkdown;
        _statementFirstLine = statementFirstLine;
        _answers = answersText;
        _limits = limits;
    }

    /// <summary>The script (its text is part of what the problem is).</summary>
    public ProblemScript Script => _script;

    /// <summary>The variant of <paramref name="seed"/> (1 .. int.MaxValue), made once and kept (a few hundred at most).</summary>
    /// <exception cref="VariantException">The variant cannot be made.</exception>
    public ConceptVariant Make(int seed)
    {
        if (_cache.TryGetValue(seed, out var made))
        {
            return made;
        }
        made = Build(seed);
        if (_cache.Count >= CacheSize)
        {
            _cache.Clear();
        }
        return _cache.GetOrAdd(seed, made);
    }

    private ConceptVariant Build(int seed)
    {
        var scriptFile = $"{_slug}/{File}";
        JsonNode? result;
        try
        {
            result = _script.Call("variant", _limits, [], seed);
        }
        catch (ScriptException e)
        {
            throw new VariantException(new SourceLocation(scriptFile, e.Line), $"variant {seed}: {e.Message}");
        }
        if (result is not JsonObject values || values.Any(v => v.Value is not JsonValue value || value.GetValueKind() is not (JsonValueKind.Number or JsonValueKind.String)))
        {
            throw new VariantException(new SourceLocation(scriptFile), $"variant {seed}: variant(rng) must return an object of named numbers and strings, e.g. {{n: 40, answer_a: 10}}");
        }
        var statement = Substitute(_statement, values, $"{_slug}/problem.md", _statementFirstLine, seed);
        var answersPath = $"{_slug}/answers.yaml";
        var answersText = Substitute(_answers, values, answersPath, 1, seed);
        var sink = new ErrorSink();
        var key = AnswerKeyReader.Read(YamlFile.Parse(answersText, answersPath, sink), _slug);
        if (sink.Errors.FirstOrDefault() is { } error)
        {
            throw new VariantException(error.Location, $"variant {seed}: {error.Message}");
        }
        return new ConceptVariant(seed, StatementRenderer.ToHtml(statement, _slug), key!);
    }

    /// <summary>Replaces each <c>{{name}}</c> by its value; an unknown name is an error at its line.</summary>
    private static string Substitute(string text, JsonObject values, string file, int firstLine, int seed)
    {
        var output = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (!values.TryGetPropertyValue(name, out var value))
            {
                var line = firstLine + text.AsSpan(0, m.Index).Count('\n');
                throw new VariantException(new SourceLocation(file, line), $"variant {seed}: variant.js gives no value for {{{{{name}}}}} (it gives: {string.Join(", ", values.Select(v => v.Key))})");
            }
            output.Append(text, last, m.Index - last).Append(Format(value!.AsValue()));
            last = m.Index + m.Length;
        }
        return output.Append(text, last, text.Length - last).ToString();
    }

    private static string Format(JsonValue value) => value.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Whether a text uses variant placeholders.</summary>
    public static bool HasPlaceholders(string text) => Placeholder().IsMatch(text);

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
