using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;

namespace InterviewPractice.Web.Pages;

/// <summary>How API values (lowercase ids, raw numbers) read on a page.</summary>
internal static class Display
{
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Capitalize(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

    public static string Language(string id) => id switch
    {
        "csharp" => "C#",
        "javascript" => "JavaScript",
        "python" => "Python",
        _ => id,
    };

    public static string Points(double points) =>
        $"{points.ToString("0.##", CultureInfo.InvariantCulture)} {(points == 1 ? "point" : "points")}";

    /// <summary>Easy first; an unknown value last.</summary>
    public static int DifficultyRank(string difficulty) =>
        Enum.TryParse<Difficulty>(difficulty, ignoreCase: true, out var d) ? (int)d : int.MaxValue;

    /// <summary>
    /// A sample's input as a user would type it as a custom input: stdin text, or compact JSON written without
    /// escapes (the page encodes it for HTML).
    /// </summary>
    public static string CustomInputExample(JsonNode input, bool stdio) =>
        stdio && input is JsonValue text && text.TryGetValue<string>(out var stdin)
            ? stdin.TrimEnd('\n')
            : input.ToJsonString(ReadableJson);

    /// <summary>A verdict in words ("Wrong Answer"); a dash for none.</summary>
    public static string Verdict(InterviewPractice.Judging.Verdict? verdict) =>
        verdict is { } v ? System.Text.RegularExpressions.Regex.Replace(v.ToString(), "(?<=[a-z])(?=[A-Z])", " ") : "–";

    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
