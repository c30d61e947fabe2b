using InterviewPractice.Problems.Loading;

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

    /// <summary>The largest statement, editorial, sample test, answer key, checker, solution or set file, in bytes.</summary>
    public long MaxFileBytes { get; set; } = ProblemFileLimits.DefaultMaxFileBytes;

    /// <summary>The largest <c>tests/hidden.yaml</c>, in bytes: hidden cases are where the large inputs are.</summary>
    public long MaxHiddenTestBytes { get; set; } = ProblemFileLimits.DefaultMaxHiddenTestBytes;

    /// <summary>The file size limits the loader applies.</summary>
    public ProblemFileLimits FileLimits => new(MaxFileBytes, MaxHiddenTestBytes);

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
