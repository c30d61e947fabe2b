using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Concepts;

namespace InterviewPractice.Judging;

/// <summary>
/// Compares a submission's output with the expected one, outside the sandbox: expected values never enter a
/// container.
/// </summary>
public static class Checker
{
    /// <summary>True when <paramref name="actual"/> is right for <paramref name="expected"/> under the problem's checker.</summary>
    public static bool Accepts(CheckerSpec spec, IoMode io, JsonNode expected, JsonNode? actual) =>
        io == IoMode.Stdio
            ? actual is JsonValue v && v.GetValueKind() == JsonValueKind.String && AcceptsText(spec, expected.GetValue<string>(), v.GetValue<string>())
            : spec.Kind switch
            {
                CheckerKind.Unordered => Unordered(expected, actual),
                CheckerKind.Float => Equal(expected, actual, spec),
                _ => Equal(expected, actual, null),
            };

    private static bool Unordered(JsonNode expected, JsonNode? actual)
    {
        if (expected is not JsonArray e || actual is not JsonArray a || e.Count != a.Count)
        {
            return Equal(expected, actual, null);
        }
        var left = e.Select(Canonical).Order(StringComparer.Ordinal);
        var right = a.Select(Canonical).Order(StringComparer.Ordinal);
        return left.SequenceEqual(right);
    }

    // Numbers by value (1 and 1.0 are the same answer), so each element has one canonical text.
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        _ when JsonNumber.TryGetDouble(node, out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static bool Equal(JsonNode? expected, JsonNode? actual, CheckerSpec? tolerance)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonArray e:
                return actual is JsonArray a && e.Count == a.Count && e.Zip(a).All(p => Equal(p.First, p.Second, tolerance));
            case JsonObject:
                return actual is JsonObject && JsonNode.DeepEquals(expected, actual);
        }
        if (JsonNumber.TryGetDouble(expected, out var x))
        {
            if (!JsonNumber.TryGetDouble(actual, out var y))
            {
                return false;
            }
            return tolerance is null ? x == y : ConceptGrader.Close(y, x, tolerance.Rtol, tolerance.Atol);
        }
        return actual is JsonValue && JsonNode.DeepEquals(expected, actual);
    }

    private static bool AcceptsText(CheckerSpec spec, string expected, string actual) => spec.Kind switch
    {
        CheckerKind.Float => Tokens(expected, actual, spec),
        CheckerKind.Unordered => Lines(expected).Order(StringComparer.Ordinal).SequenceEqual(Lines(actual).Order(StringComparer.Ordinal)),
        _ => Lines(expected).SequenceEqual(Lines(actual)),
    };

    /// <summary>Lines without trailing spaces, without trailing blank lines: what a person would call the output.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    private static bool Tokens(string expected, string actual, CheckerSpec spec)
    {
        var e = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var a = actual.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return e.Length == a.Length && e.Zip(a).All(p =>
            double.TryParse(p.First, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                ? double.TryParse(p.Second, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && ConceptGrader.Close(y, x, spec.Rtol, spec.Atol)
                : p.First == p.Second);
    }
}
