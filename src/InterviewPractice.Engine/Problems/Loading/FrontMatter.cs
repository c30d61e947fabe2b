namespace InterviewPractice.Problems.Loading;

/// <summary>Splits <c>problem.md</c> into its YAML front matter and the Markdown statement.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// Returns false when the file does not start with a <c>---</c> line or the block is never closed.
    /// <paramref name="bodyLine"/> is the 1-based line the statement starts on.
    /// </summary>
    public static bool TrySplit(string text, out string yaml, out string body, out int bodyLine)
    {
        yaml = body = "";
        bodyLine = 1;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return false;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                yaml = string.Join('\n', lines[1..i]);
                body = string.Join('\n', lines[(i + 1)..]);
                bodyLine = i + 2;
                return true;
            }
        }
        return false;
    }
}
