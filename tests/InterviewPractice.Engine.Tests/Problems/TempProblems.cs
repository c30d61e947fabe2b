using System.Runtime.InteropServices;

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

    /// <summary>Writes <paramref name="bytes"/> bytes of text that is valid in any file: a comment in YAML, a paragraph in Markdown.</summary>
    public void WriteLarge(string relativePath, string head, long bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var writer = new StreamWriter(full);
        writer.Write(head);
        var line = "# " + new string('x', 1021) + "\n";
        for (var written = (long)head.Length; written < bytes; written += line.Length)
        {
            writer.Write(line);
        }
    }

    /// <summary>Replaces <paramref name="relativePath"/> (file or folder) with a symbolic link to <paramref name="target"/>.</summary>
    public void Link(string relativePath, string target)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        File.Delete(full);
        File.CreateSymbolicLink(full, target);
    }

    /// <summary>Replaces <paramref name="relativePath"/> with a named pipe: opening it for reading blocks until a writer comes.</summary>
    public void Fifo(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Delete(full);
        if (mkfifo(full, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {full} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

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
