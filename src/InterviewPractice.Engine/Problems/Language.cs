namespace InterviewPractice.Problems;

/// <summary>A language submissions can be written in.</summary>
public enum Language
{
    CSharp,
    JavaScript,
    Python,
}

/// <summary>The names and file extensions the problem format and the API use for languages.</summary>
public static class Languages
{
    /// <summary>Every supported language, in the order pages show them.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.Python, Language.JavaScript, Language.CSharp];

    /// <summary>The id used in problem files and the API: <c>csharp</c>, <c>javascript</c>, <c>python</c>.</summary>
    public static string Id(this Language language) => language switch
    {
        Language.CSharp => "csharp",
        Language.JavaScript => "javascript",
        Language.Python => "python",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>The file extension of a source file, without the dot.</summary>
    public static string Extension(this Language language) => language switch
    {
        Language.CSharp => "cs",
        Language.JavaScript => "js",
        Language.Python => "py",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>Parses an id (<c>csharp</c>) or a common alias (<c>cs</c>, <c>js</c>, <c>py</c>, <c>c#</c>).</summary>
    public static bool TryParse(string? text, out Language language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csharp" or "cs" or "c#":
                language = Language.CSharp;
                return true;
            case "javascript" or "js" or "node":
                language = Language.JavaScript;
                return true;
            case "python" or "py" or "python3":
                language = Language.Python;
                return true;
            default:
                language = default;
                return false;
        }
    }

    /// <summary>The language of a source file, from its extension.</summary>
    public static bool TryFromPath(string path, out Language language)
    {
        var ext = System.IO.Path.GetExtension(path).TrimStart('.');
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Extension(), ext, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }
        language = default;
        return false;
    }
}
