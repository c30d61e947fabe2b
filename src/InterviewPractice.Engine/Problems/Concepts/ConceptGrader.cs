using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InterviewPractice.Problems.Concepts;

/// <summary>
/// The grade of one part. <paramref name="ExplanationHtml"/> is the author's explanation, present only for a part
/// that was answered: it gives the answer away, so a part left blank keeps it until the user tries.
/// </summary>
public sealed record PartGrade(string Id, double Score, double Points, bool Correct, string Feedback, string? ExplanationHtml = null);

/// <summary>The grade of a whole concept submission.</summary>
public sealed record ConceptGrade(ImmutableArray<PartGrade> Parts, double Score, double MaxScore);

/// <summary>
/// Grades concept answers: numbers by tolerance (numpy's isclose rule; a fraction such as <c>2/3</c> is a number),
/// matrices elementwise after an exact shape check, choices by option text, multiple choice all-or-nothing or, for
/// a part with <c>partial: true</c>, by the share of right picks less the wrong ones; text by the part's pattern.
/// </summary>
public static class ConceptGrader
{
    /// <summary>Grades answers given as an object from part id to answer; a missing part scores zero.</summary>
    public static ConceptGrade Grade(AnswerKey key, JsonObject answers)
    {
        var parts = key.Parts.Select(p => GradePart(p, answers[p.Public.Id])).ToImmutableArray();
        return new ConceptGrade(parts, parts.Sum(p => p.Score), key.Parts.Sum(p => p.Public.Points));
    }

    /// <summary>Grades one part's answer.</summary>
    public static PartGrade GradePart(AnswerPart part, JsonNode? answer)
    {
        var id = part.Public.Id;
        if (answer is null)
        {
            return Wrong(part, "No answer.");
        }
        if (part.Public.Type == AnswerType.Multi)
        {
            var (share, feedback) = GradeMulti(part, answer);
            return new PartGrade(id, Math.Round(share * part.Public.Points, 4), part.Public.Points, share >= 1, feedback, part.ExplanationHtml);
        }
        var (correct, message) = part.Public.Type switch
        {
            AnswerType.Number => GradeNumber(part, answer),
            AnswerType.Matrix => GradeMatrix(part, answer),
            AnswerType.Choice => GradeChoice(part, answer),
            _ => GradeText(part, answer),
        };
        return new PartGrade(id, correct ? part.Public.Points : 0, part.Public.Points, correct, message, part.ExplanationHtml);
    }

    /// <summary>numpy's isclose: |a - e| &lt;= atol + rtol * |e|.</summary>
    public static bool Close(double actual, double expected, double rtol, double atol) =>
        double.IsFinite(actual) && Math.Abs(actual - expected) <= atol + rtol * Math.Abs(expected);

    private static PartGrade Wrong(AnswerPart part, string feedback) => new(part.Public.Id, 0, part.Public.Points, false, feedback);

    private static (bool, string) GradeNumber(AnswerPart part, JsonNode answer)
    {
        if (!TryNumber(answer, out var value))
        {
            return (false, "Expected a number.");
        }
        return Close(value, part.Value!.Value, part.Rtol, part.Atol) ? (true, "Correct.") : (false, "Not within tolerance of the expected value.");
    }

    private static (bool, string) GradeMatrix(AnswerPart part, JsonNode answer)
    {
        var expected = part.Matrix!.Value;
        if (answer is not JsonArray rows || rows.Any(r => r is not JsonArray))
        {
            return (false, "Expected a matrix: a list of rows.");
        }
        var columns = expected[0].Length;
        if (rows.Count != expected.Length || rows.Any(r => r!.AsArray().Count != columns))
        {
            return (false, $"Expected a {expected.Length}x{columns} matrix.");
        }
        for (var i = 0; i < expected.Length; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (!TryNumber(rows[i]![j], out var value))
                {
                    return (false, $"Entry ({i + 1}, {j + 1}) is not a number.");
                }
                if (!Close(value, expected[i][j], part.Rtol, part.Atol))
                {
                    return (false, "At least one entry is not within tolerance.");
                }
            }
        }
        return (true, "Correct.");
    }

    private static (bool, string) GradeChoice(AnswerPart part, JsonNode answer)
    {
        if (!TryOption(part, answer, out var option))
        {
            return (false, "Expected one of the options.");
        }
        return part.Correct!.Contains(option) ? (true, "Correct.") : (false, "Not the best option.");
    }

    // The share of the points: all or nothing, or with partial credit (right picks less wrong ones, over the right
    // options, never below zero: picking every option earns nothing).
    private static (double Share, string Feedback) GradeMulti(AnswerPart part, JsonNode answer)
    {
        if (answer is not JsonArray picks)
        {
            return (0, "Expected a list of options.");
        }
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pick in picks)
        {
            if (pick is null || !TryOption(part, pick, out var option))
            {
                return (0, "Every pick must be one of the options.");
            }
            chosen.Add(option);
        }
        if (chosen.SetEquals(part.Correct!))
        {
            return (1, "Correct.");
        }
        if (!part.Public.Partial)
        {
            return (0, "Not exactly the right set of options.");
        }
        int right = chosen.Count(part.Correct!.Contains), wrong = chosen.Count - right;
        var share = Math.Max(0, (double)(right - wrong) / part.Correct!.Count);
        return (share, $"{right} of the {part.Correct.Count} right options{(wrong > 0 ? $", and {wrong} wrong {(wrong == 1 ? "one" : "ones")}" : "")}: partial credit.");
    }

    private static (bool, string) GradeText(AnswerPart part, JsonNode answer)
    {
        if (answer is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return (false, "Expected text.");
        }
        try
        {
            return part.Accept!.IsMatch(value.GetValue<string>().Trim()) ? (true, "Correct.") : (false, "Not an accepted answer.");
        }
        catch (RegexMatchTimeoutException)
        {
            return (false, "Not an accepted answer.");
        }
    }

    private static bool TryOption(AnswerPart part, JsonNode answer, out string option)
    {
        option = "";
        if (answer is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }
        option = value.GetValue<string>();
        return part.Public.Options!.Value.Contains(option);
    }

    private static bool TryNumber(JsonNode? node, out double value)
    {
        // A number typed into a text box arrives as a string; accept both.
        if (JsonNumber.TryGetDouble(node, out value))
        {
            return true;
        }
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }
        var text = v.GetValue<string>().Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        // A fraction where a number is asked: "2/3", "-1 / 4", "1.5/2".
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && text.IndexOf('/', slash + 1) < 0
            && double.TryParse(text[..slash].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(text[(slash + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && denominator != 0
            && double.IsFinite(value = numerator / denominator);
    }
}
