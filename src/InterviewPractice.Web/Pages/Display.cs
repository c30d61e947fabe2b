using System.Globalization;
using InterviewPractice.Problems;

namespace InterviewPractice.Web.Pages;

/// <summary>How API values (lowercase ids, raw numbers) read on a page.</summary>
internal static class Display
{
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

    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
