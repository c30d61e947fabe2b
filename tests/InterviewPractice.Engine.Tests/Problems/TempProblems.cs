namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>A throwaway problems folder on disk, with a valid problem to start from and break.</summary>
internal sealed class TempProblems : IDisposable
{
    public const string ValidStatement = """
        ---
        title: Add Two
        kind: code
        difficulty: easy
        tags: [math]
        signature:
          function: addTwo
          params:
            - {name: a, type: int}
            - {name: b, type: int}
          returns: int
        ---
        Return $a + b$.
        """;

    public const string ValidSamples = """
        - name: small
          in: {a: 1, b: 2}
          out: 3
          explain: one plus two
        """;

    public const string ValidHidden = """
        - name: zero
          in: {a: 0, b: 0}
          out: 0
        - name: negative
          in: {a: -5, b: 2}
          out: -3
        - name: large
          in: {a: 1000000, b: 2000000}
          out: 3000000
        """;

    public TempProblems()
    {
        Root = Path.Combine(Path.GetTempPath(), "ip-problems-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a valid problem; <paramref name="overrides"/> replaces files by relative path (null deletes).</summary>
    public TempProblems AddValid(string slug, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var files = new Dictionary<string, string?>
        {
            ["problem.md"] = ValidStatement,
            ["tests/sample.yaml"] = ValidSamples,
            ["tests/hidden.yaml"] = ValidHidden,
            ["solutions/accepted/ref.py"] = "class Solution:\n    def addTwo(self, a, b):\n        return a + b\n",
            ["solutions/accepted/ref.js"] = "var addTwo = function(a, b) { return a + b; };\n",
            ["solutions/accepted/ref.cs"] = "public class Solution { public int AddTwo(int a, int b) => a + b; }\n",
        };
        foreach (var (path, text) in overrides ?? new Dictionary<string, string?>())
        {
            files[path] = text;
        }
        foreach (var (path, text) in files)
        {
            if (text is not null)
            {
                Write($"{slug}/{path}", text);
            }
        }
        return this;
    }

    public void Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS cleans temp eventually.
        }
    }
}
