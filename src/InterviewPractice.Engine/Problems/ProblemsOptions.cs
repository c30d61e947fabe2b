namespace InterviewPractice.Problems;

/// <summary>Where problems come from. Section <c>Problems</c>.</summary>
public sealed class ProblemsOptions
{
    public const string Section = "Problems";

    /// <summary>The problems folder; relative paths are resolved from the working directory, then its parents.</summary>
    public string Path { get; set; } = "problems";

    /// <summary>Reload problems when their files change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long a folder must be quiet before it is reloaded, so a half-saved file is not read.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>The problems folder as an absolute path.</summary>
    public string ResolvePath()
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, Path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return System.IO.Path.GetFullPath(Path);
    }
}
