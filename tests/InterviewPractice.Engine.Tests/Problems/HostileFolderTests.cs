using System.Globalization;
using System.Net.Sockets;
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
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "ip-outside-" + Guid.NewGuid().ToString("N"));

    public HostileFolderTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        _temp.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private Task<ProblemLoadResult> LoadAsync(string slug = "p", ProblemFileLimits? limits = null) =>
        Task.Run(() => ProblemLoader.Load(_temp.Root, slug, limits ?? ProblemFileLimits.Default)).WaitAsync(Timeout);

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

    [Fact]
    public async Task OversizedStatementIsRefusedWithItsSizeAndTheLimit()
    {
        _temp.AddValid("p");
        _temp.WriteLarge("p/problem.md", TempProblems.ValidStatement + "\n\n", 2 * 1024 * 1024);
        var size = new FileInfo(Path.Combine(_temp.Root, "p/problem.md")).Length;

        var error = SingleIn(await LoadAsync(), "p/problem.md");

        Assert.Equal(new SourceLocation("p/problem.md"), error.Location);
        Assert.Equal($"the file is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes, over the 1 MiB limit (setting Problems:MaxFileBytes)", error.Message);
    }

    [Fact]
    public async Task HiddenTestsHaveTheirOwnLargerLimit()
    {
        var limits = new ProblemFileLimits(MaxFileBytes: 4096, MaxHiddenTestBytes: 64 * 1024);
        _temp.AddValid("p");
        _temp.WriteLarge("p/tests/hidden.yaml", TempProblems.ValidHidden + "\n", 32 * 1024);

        var within = await LoadAsync(limits: limits);
        Assert.Empty(within.Errors);

        _temp.WriteLarge("p/tests/hidden.yaml", TempProblems.ValidHidden + "\n", 100 * 1024);
        _temp.WriteLarge("p/tests/sample.yaml", TempProblems.ValidSamples + "\n", 5000);
        var result = await LoadAsync(limits: limits);

        Assert.Null(result.Problem);
        Assert.Collection(
            result.Errors.OrderBy(e => e.Location.File, StringComparer.Ordinal),
            hidden =>
            {
                Assert.Equal("p/tests/hidden.yaml", hidden.Location.File);
                Assert.EndsWith("bytes, over the 64 KiB limit (setting Problems:MaxHiddenTestBytes)", hidden.Message);
            },
            sample =>
            {
                Assert.Equal("p/tests/sample.yaml", sample.Location.File);
                Assert.EndsWith("bytes, over the 4 KiB limit (setting Problems:MaxFileBytes)", sample.Message);
            });
    }

    [Fact]
    public async Task SymlinkToDevZeroIsRefusedWithoutReadingIt()
    {
        _temp.AddValid("p");
        _temp.Link("p/tests/hidden.yaml", "/dev/zero");

        var error = SingleIn(await LoadAsync(), "p/tests/hidden.yaml");

        Assert.Equal("a symbolic link (to /dev/zero) is not allowed in a problem folder: copy the file in instead", error.Message);
    }

    [Fact]
    public async Task SymlinkToAFileOutsideTheProblemsFolderIsRefused()
    {
        var secret = Path.Combine(_outside, "ref.py");
        File.WriteAllText(secret, "class Solution:\n    def addTwo(self, a, b):\n        return a + b\n");
        _temp.AddValid("p");
        _temp.Link("p/solutions/accepted/ref.py", secret);

        var error = SingleIn(await LoadAsync(), "p/solutions/accepted/ref.py");

        Assert.Equal($"a symbolic link (to {secret}) is not allowed in a problem folder: copy the file in instead", error.Message);
    }

    [Fact]
    public async Task SymlinkToAFolderOutsideIsRefused()
    {
        _temp.AddValid("p");
        foreach (var file in Directory.GetFiles(Path.Combine(_temp.Root, "p/solutions/accepted")))
        {
            File.Copy(file, Path.Combine(_outside, Path.GetFileName(file)));
        }
        _temp.Link("p/solutions/accepted", _outside);

        var result = await LoadAsync();

        Assert.Null(result.Problem);
        var error = Assert.Single(result.Errors, e => e.Location.File == "p/solutions/accepted/");
        Assert.Equal($"a symbolic link (to {_outside}) is not allowed in a problem folder: copy the folder in instead", error.Message);
        Assert.DoesNotContain(result.Errors, e => e.Location.File.StartsWith("p/solutions/accepted/ref", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SymlinkBetweenFilesInsideTheFolderIsRefusedToo()
    {
        // One rule for every link: a link that points inside today can be retargeted tomorrow, and Git on Windows
        // checks links out as small text files, so a problem that needs one would not travel.
        _temp.AddValid("p");
        _temp.Link("p/editorial.md", "problem.md");

        var error = SingleIn(await LoadAsync(), "p/editorial.md");

        Assert.Equal("a symbolic link (to problem.md) is not allowed in a problem folder: copy the file in instead", error.Message);
    }

    [Fact]
    public async Task ProblemFolderThatIsASymlinkOutsideIsRefused()
    {
        _temp.AddValid("p");
        Directory.Move(Path.Combine(_temp.Root, "p"), Path.Combine(_outside, "p"));
        _temp.Link("p", Path.Combine(_outside, "p"));

        var error = Assert.Single((await LoadAsync()).Errors);

        Assert.Equal(new SourceLocation("p/"), error.Location);
        Assert.Equal($"a symbolic link (to {Path.Combine(_outside, "p")}) is not allowed in a problem folder: copy the folder in instead", error.Message);
    }

    [Fact]
    public async Task FifoAsHiddenTestsIsRefusedWithoutOpeningIt()
    {
        _temp.AddValid("p");
        _temp.Fifo("p/tests/hidden.yaml");

        var error = SingleIn(await LoadAsync(), "p/tests/hidden.yaml");

        Assert.Equal("a named pipe (FIFO) is not a problem file: only regular files are read", error.Message);
    }

    [Fact]
    public async Task FifoAmongTheSolutionsIsRefusedWithoutOpeningIt()
    {
        _temp.AddValid("p");
        _temp.Fifo("p/solutions/wrong_answer/stuck.py");

        var error = SingleIn(await LoadAsync(), "p/solutions/wrong_answer/stuck.py");

        Assert.Equal("a named pipe (FIFO) is not a problem file: only regular files are read", error.Message);
    }

    [Fact]
    public async Task SocketAsEditorialIsRefused()
    {
        _temp.AddValid("p");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_temp.Root, "p/editorial.md")));

        var error = SingleIn(await LoadAsync(), "p/editorial.md");

        Assert.Equal("a socket is not a problem file: only regular files are read", error.Message);
    }

    [Fact]
    public async Task CatalogServesTheOtherProblemsAndRefusesHostileSets()
    {
        _temp.AddValid("good").AddValid("bad");
        _temp.Fifo("bad/tests/sample.yaml");
        _temp.Write("sets/start.yaml", "title: &t Start\ndescription: *t\nproblems: [good]\n");
        _temp.Fifo("sets/stuck.yaml");
        _temp.Write("sets/fine.yaml", "title: Fine\nproblems: [good]\n");
        var catalog = new ProblemCatalog(_temp.Root, Microsoft.Extensions.Logging.Abstractions.NullLogger<ProblemCatalog>.Instance);

        var snapshot = await Task.Run(catalog.LoadAll).WaitAsync(Timeout);

        Assert.Equal(["good"], snapshot.Problems.Keys);
        Assert.Equal(["fine"], snapshot.Sets.Keys);
        Assert.Equal(["bad", "sets/start.yaml", "sets/stuck.yaml"], snapshot.Errors.Keys);
        var alias = Assert.Single(snapshot.Errors["sets/start.yaml"]);
        Assert.Equal("sets/start.yaml:2:14", alias.Location.ToString());
        Assert.Equal(Alias("t"), alias.Message);
        Assert.Equal("a named pipe (FIFO) is not a problem file: only regular files are read", Assert.Single(snapshot.Errors["sets/stuck.yaml"]).Message);
    }
}
