using System.Globalization;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>
/// Problem folders written to hurt the server (or by mistake): each is refused with an error naming the file,
/// and nothing is opened that could block or never end. Loads run on the thread pool with a timeout so a
/// regression that opens a FIFO or /dev/zero fails the test instead of hanging the suite.
/// </summary>
public sealed class HostileFolderTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const string BillionLaughs = """
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """;

    private const string AliasMessage = "YAML aliases (*{0}) are not allowed in problem files: write the value out in full";

    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<ProblemLoadResult> LoadAsync(string slug = "p") =>
        Task.Run(() => ProblemLoader.Load(_temp.Root, slug)).WaitAsync(Timeout);

    private static ProblemError SingleIn(ProblemLoadResult result, string file)
    {
        Assert.Null(result.Problem);
        return Assert.Single(result.Errors, e => e.Location.File == file);
    }

    private static string Alias(string name) => string.Format(CultureInfo.InvariantCulture, AliasMessage, name);

    [Fact]
    public async Task BillionLaughsInHiddenTestsIsRefusedAtTheFirstAlias()
    {
        _temp.AddValid("p", new Dictionary<string, string?> { ["tests/hidden.yaml"] = BillionLaughs });

        var error = SingleIn(await LoadAsync(), "p/tests/hidden.yaml");

        Assert.Equal(new SourceLocation("p/tests/hidden.yaml", 2, 8), error.Location);
        Assert.Equal(Alias("a"), error.Message);
    }

    [Fact]
    public async Task AliasReferringToItselfInSampleTestsIsRefused()
    {
        _temp.AddValid("p", new Dictionary<string, string?> { ["tests/sample.yaml"] = "- name: loop\n  in: &args {a: 1, b: *args}\n  out: 3\n" });

        var error = SingleIn(await LoadAsync(), "p/tests/sample.yaml");

        Assert.Equal(new SourceLocation("p/tests/sample.yaml", 2, 23), error.Location);
        Assert.Equal(Alias("args"), error.Message);
    }

    [Fact]
    public async Task AliasInFrontMatterIsRefusedAtItsLineInProblemMd()
    {
        var statement = TempProblems.ValidStatement.Replace("difficulty: easy\ntags: [math]", "difficulty: &level easy\ntags: [*level]", StringComparison.Ordinal);
        Assert.NotEqual(TempProblems.ValidStatement, statement);
        _temp.AddValid("p", new Dictionary<string, string?> { ["problem.md"] = statement });

        var error = SingleIn(await LoadAsync(), "p/problem.md");

        Assert.Equal(new SourceLocation("p/problem.md", 5, 8), error.Location);
        Assert.Equal(Alias("level"), error.Message);
    }

    [Fact]
    public async Task AliasInAnswersYamlIsRefused()
    {
        _temp.Write("c/problem.md", "---\ntitle: Bias\nkind: concept\ndifficulty: medium\n---\n**(a)** What is it?\n");
        _temp.Write("c/answers.yaml", "- id: a\n  type: number\n  value: &v 0.25\n  atol: *v\n");

        var error = SingleIn(await LoadAsync("c"), "c/answers.yaml");

        Assert.Equal(new SourceLocation("c/answers.yaml", 4, 9), error.Location);
        Assert.Equal(Alias("v"), error.Message);
    }

    [Fact]
    public async Task DeeplyNestedYamlIsRefusedInsteadOfOverflowingTheStack()
    {
        // Deep enough to overflow the stack of YamlDotNet's recursive node builder, which would end the process.
        var depth = 200_000;
        _temp.AddValid("p", new Dictionary<string, string?> { ["tests/hidden.yaml"] = new string('[', depth) + new string(']', depth) });

        var error = SingleIn(await LoadAsync(), "p/tests/hidden.yaml");

        Assert.Equal(new SourceLocation("p/tests/hidden.yaml", 1, 33), error.Location);
        Assert.Equal("YAML nested more than 32 levels deep is not allowed in problem files", error.Message);
    }
}
