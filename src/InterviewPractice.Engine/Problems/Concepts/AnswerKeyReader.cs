using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewPractice.Problems.Loading;
using YamlDotNet.RepresentationModel;

namespace InterviewPractice.Problems.Concepts;

/// <summary>Reads <c>answers.yaml</c>, strictly: every part needs what its type needs, numbers need tolerances.</summary>
internal static class AnswerKeyReader
{
    private static readonly string[] Keys = ["id", "prompt", "type", "value", "rtol", "atol", "options", "correct", "accept", "points", "wrong", "explanation", "partial"];

    public static AnswerKey? Read(YamlFile file, string? slug = null)
    {
        var parts = ImmutableArray.CreateBuilder<AnswerPart>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var items = file.SequenceOf(file.Root, "answers.yaml");
        if (items.Count == 0 && file.Root is not null)
        {
            file.Error(file.Root, "answers.yaml must list at least one part");
        }
        foreach (var item in items)
        {
            var map = file.MappingOf(item, "an answer part", Keys);
            if (map is null)
            {
                continue;
            }
            var id = map.String("id", required: true);
            var type = map.Enum<AnswerType>("type", required: true);
            if (id is null || type is null)
            {
                continue;
            }
            if (!ids.Add(id))
            {
                file.Error(item, $"part id '{id}' is used twice");
                continue;
            }
            var part = ReadPart(file, map, id, type.Value, file.At(item), slug);
            if (part is not null)
            {
                parts.Add(part);
            }
        }
        return parts.Count > 0 ? new AnswerKey(parts.ToImmutable()) : null;
    }

    private static AnswerPart? ReadPart(YamlFile file, YamlFile.Mapping map, string id, AnswerType type, SourceLocation location, string? slug)
    {
        var points = map.Number("points", 0, 1000) ?? 1;
        var prompt = map.String("prompt", required: false) ?? $"Part {id}";
        var rtol = map.Number("rtol", 0, 1) ?? 0;
        var atol = map.Number("atol", 0, double.MaxValue) ?? 0;
        var wrong = map.Optional("wrong") is { } wrongNode ? file.SequenceOf(wrongNode, "'wrong'").Select(ToJson).ToImmutableArray() : [];
        var explanation = ReadExplanation(file, map, id);
        foreach (var key in Unused(type))
        {
            if (map.Has(key))
            {
                map.ErrorAtKey(key, $"'{key}' does not apply to a {type.ToString().ToLowerInvariant()} part");
            }
        }
        var options = type is AnswerType.Choice or AnswerType.Multi ? map.Strings("options").ToImmutableArray() : (ImmutableArray<string>?)null;
        var part = new AnswerPart
        {
            Public = new ConceptPart(id, prompt, type, points, options, null, null),
            Rtol = rtol,
            Atol = atol,
            Wrong = wrong,
            Explanation = explanation,
            ExplanationHtml = explanation is null ? null : StatementRenderer.ToHtml(explanation, slug),
            Location = location,
        };
        switch (type)
        {
            case AnswerType.Number:
            case AnswerType.Matrix:
                if (!map.Has("rtol") && !map.Has("atol"))
                {
                    file.Error(map.Node, $"part '{id}' is a {type.ToString().ToLowerInvariant()}: give it a tolerance, rtol and/or atol");
                }
                return type == AnswerType.Number ? WithNumber(file, map, part) : WithMatrix(file, map, part);
            case AnswerType.Choice:
            case AnswerType.Multi:
                return WithChoices(file, map, part, options!.Value, multi: type == AnswerType.Multi);
            default:
                return WithPattern(file, map, part);
        }
    }

    private static string? ReadExplanation(YamlFile file, YamlFile.Mapping map, string id)
    {
        if (map.Optional("explanation") is not { } node || !file.TryScalar(node, "'explanation'", out var text))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            file.Error(node, $"'explanation' of part '{id}' is empty: write it (Markdown), or leave the key out");
            return null;
        }
        return text.Trim();
    }

    private static IEnumerable<string> Unused(AnswerType type) => type switch
    {
        AnswerType.Number or AnswerType.Matrix => ["options", "correct", "accept", "partial"],
        AnswerType.Choice => ["value", "rtol", "atol", "accept", "partial"],
        AnswerType.Multi => ["value", "rtol", "atol", "accept"],
        _ => ["value", "rtol", "atol", "options", "correct", "partial"],
    };

    private static AnswerPart? WithNumber(YamlFile file, YamlFile.Mapping map, AnswerPart part)
    {
        var node = map.Required("value");
        if (node is null)
        {
            return null;
        }
        var value = TypedValues.Read(file, node, new DataType(ScalarType.Double, 0), $"'value' of part '{part.Public.Id}'");
        return value is null ? null : part with { Value = (double)value };
    }

    private static AnswerPart? WithMatrix(YamlFile file, YamlFile.Mapping map, AnswerPart part)
    {
        var node = map.Required("value");
        if (node is null || TypedValues.Read(file, node, new DataType(ScalarType.Double, 2), $"'value' of part '{part.Public.Id}'") is not JsonArray rows)
        {
            return null;
        }
        var matrix = rows.Select(r => r!.AsArray().Select(v => (double)v!).ToImmutableArray()).ToImmutableArray();
        if (matrix.Length == 0 || matrix.Any(r => r.Length != matrix[0].Length || r.Length == 0))
        {
            file.Error(node, $"'value' of part '{part.Public.Id}' must be a rectangular, non-empty matrix");
            return null;
        }
        return part with { Matrix = matrix, Public = part.Public with { Rows = matrix.Length, Columns = matrix[0].Length } };
    }

    private static AnswerPart? WithChoices(YamlFile file, YamlFile.Mapping map, AnswerPart part, ImmutableArray<string> options, bool multi)
    {
        var id = part.Public.Id;
        if (options.Length < 2)
        {
            file.Error(map.Node, $"part '{id}' needs at least two 'options'");
            return null;
        }
        if (options.Distinct().Count() != options.Length)
        {
            file.Error(map.Optional("options")!, $"the options of part '{id}' must be different from each other");
            return null;
        }
        var node = map.Required("correct");
        if (node is null)
        {
            return null;
        }
        IReadOnlyList<YamlNode> picks = multi ? file.SequenceOf(node, "'correct'") : [node];
        var correct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pick in picks)
        {
            if (!file.TryScalar(pick, "'correct'", out var text))
            {
                return null;
            }
            if (!options.Contains(text))
            {
                file.Error(pick, $"'{text}' in 'correct' of part '{id}' is not one of its options");
                return null;
            }
            correct.Add(text);
        }
        if (correct.Count == 0)
        {
            file.Error(node, $"part '{id}' needs at least one correct option");
            return null;
        }
        var partial = false;
        if (multi && map.Optional("partial") is { } partialNode)
        {
            if (!file.TryScalar(partialNode, "'partial'", out var flag) || flag is not ("true" or "false"))
            {
                file.Error(partialNode, $"'partial' of part '{id}' is true or false");
                return null;
            }
            partial = flag == "true";
        }
        return part with { Correct = [.. correct], Public = part.Public with { Partial = partial } };
    }

    private static AnswerPart? WithPattern(YamlFile file, YamlFile.Mapping map, AnswerPart part)
    {
        var node = map.Required("accept");
        if (node is null || !file.TryScalar(node, "'accept'", out var pattern))
        {
            return null;
        }
        try
        {
            var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return part with { Accept = regex };
        }
        catch (ArgumentException e)
        {
            file.Error(node, $"'accept' of part '{part.Public.Id}' is not a valid regular expression: {e.Message}");
            return null;
        }
    }

    private static JsonNode ToJson(YamlNode node) => node switch
    {
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode { Value: { } v } when !YamlFile.IsQuoted(node) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        _ => JsonValue.Create(""),
    };
}
