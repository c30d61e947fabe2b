using System.Collections.Immutable;

namespace InterviewPractice.Problems.Loading;

/// <summary>Reads <c>sets/*.yaml</c>; every slug a set names must be a problem that loaded.</summary>
public static class ProblemSetReader
{
    /// <summary>The folder under the problems root that holds sets rather than a problem.</summary>
    public const string Folder = "sets";

    /// <summary>
    /// Reads one set file; <paramref name="problemExists"/> tells which slugs are loaded problems. Links, special
    /// files and files over <paramref name="limits"/> are errors, never read.
    /// </summary>
    public static (ProblemSet? Set, ImmutableArray<ProblemError> Errors) Read(string root, string path, Func<string, bool> problemExists, ProblemFileLimits? limits = null)
    {
        var sink = new ErrorSink();
        var slug = Path.GetFileNameWithoutExtension(path);
        var display = $"{Folder}/{Path.GetFileName(path)}";
        if (!ProblemLoader.SlugPattern().IsMatch(slug))
        {
            sink.Add(new SourceLocation(display), "a set's file name is its slug: lowercase letters, digits and single dashes");
            return (null, [.. sink.Errors]);
        }
        if (new ProblemFiles(root, limits ?? ProblemFileLimits.Default, sink).ReadText(display) is not { } text)
        {
            return (null, [.. sink.Errors]);
        }
        var file = YamlFile.Parse(text, display, sink);
        var map = file.MappingOf(file.Root, "a problem set", "title", "description", "problems");
        if (map is null)
        {
            if (!sink.HasErrors)
            {
                file.Error("a problem set needs title and problems");
            }
            return (null, [.. sink.Errors]);
        }
        var title = map.String("title", required: true);
        var description = map.String("description", required: false) ?? "";
        var problems = new List<string>();
        foreach (var item in file.SequenceOf(map.Required("problems"), "'problems'"))
        {
            if (!file.TryScalar(item, "each problem of a set", out var problem))
            {
                continue;
            }
            if (!problemExists(problem))
            {
                file.Error(item, $"'{problem}' is not a problem that loaded (check its folder under problems/)");
            }
            else if (problems.Contains(problem))
            {
                file.Error(item, $"'{problem}' is listed twice");
            }
            else
            {
                problems.Add(problem);
            }
        }
        if (problems.Count == 0 && !sink.HasErrors)
        {
            file.Error("a problem set needs at least one problem");
        }
        return sink.HasErrors || title is null
            ? (null, [.. sink.Errors])
            : (new ProblemSet(slug, title, description, [.. problems], display), []);
    }
}
