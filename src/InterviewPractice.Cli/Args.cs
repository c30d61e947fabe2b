namespace InterviewPractice.Cli;

/// <summary>Just enough argument parsing for a handful of commands: positionals and <c>--name value</c> options.</summary>
internal static class Args
{
    private static readonly HashSet<string> Flags = ["--run", "--verbose", "--summary"];

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static List<string> Positional(string[] args)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (!Flags.Contains(args[i]))
                {
                    i++;
                }
                continue;
            }
            list.Add(args[i]);
        }
        return list;
    }
}
