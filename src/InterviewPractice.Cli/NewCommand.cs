using InterviewPractice.Problems;
using InterviewPractice.Problems.Authoring;

namespace InterviewPractice.Cli;

/// <summary><c>new SLUG [--kind code|concept] [--problems DIR]</c>: scaffolds a problem folder that validates as it is.</summary>
internal static class NewCommand
{
    public static int Run(string[] args)
    {
        var slug = Args.Positional(args).FirstOrDefault();
        var kindText = Args.Option(args, "--kind") ?? "code";
        if (slug is null || !Enum.TryParse<ProblemKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            Console.Error.WriteLine("usage: interview new SLUG [--kind code|concept] [--problems DIR]");
            return 2;
        }
        var root = Path.GetFullPath(Args.Option(args, "--problems") ?? "problems");
        var (files, error) = Scaffold.Create(root, slug, kind);
        if (error is not null)
        {
            Console.Error.WriteLine($"error: {error}");
            return 1;
        }
        Console.WriteLine($"made {Path.Combine(root, slug)}:");
        foreach (var file in files)
        {
            Console.WriteLine($"  {file}");
        }
        Console.WriteLine($"next: write the statement and cases (docs/authoring.md), then ./interview validate {Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, slug))}");
        return 0;
    }
}
