using InterviewPractice.Problems;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewPractice.Engine.Tests.Problems;

public sealed class CatalogTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private ProblemCatalog Catalog() => new(_temp.Root, NullLogger<ProblemCatalog>.Instance);

    [Fact]
    public void BrokenProblemIsReportedAndEveryOtherProblemIsServed()
    {
        _temp.AddValid("good").AddValid("broken", new Dictionary<string, string?> { ["problem.md"] = "no front matter" });

        var snapshot = Catalog().LoadAll();

        Assert.Equal(["good"], snapshot.Problems.Keys);
        Assert.Equal(["broken"], snapshot.Errors.Keys);
    }

    [Fact]
    public void ReloadWithAnErrorKeepsTheLastGoodVersion()
    {
        _temp.AddValid("p");
        var catalog = Catalog();
        catalog.LoadAll();

        _temp.Write("p/problem.md", "---\ntitle: Half writ");
        catalog.Reload("p");

        Assert.Equal("Add Two", catalog.Current.Problems["p"].Title);
        Assert.True(catalog.Current.Errors.ContainsKey("p"));

        _temp.Write("p/problem.md", TempProblems.ValidStatement.Replace("Add Two", "Add Two Numbers", StringComparison.Ordinal));
        catalog.Reload("p");

        Assert.Equal("Add Two Numbers", catalog.Current.Problems["p"].Title);
        Assert.False(catalog.Current.Errors.ContainsKey("p"));
    }

    [Fact]
    public void DeletedFolderIsRemovedOnReload()
    {
        _temp.AddValid("p").AddValid("q");
        var catalog = Catalog();
        catalog.LoadAll();

        Directory.Delete(Path.Combine(_temp.Root, "q"), recursive: true);
        catalog.Reload("q");

        Assert.Equal(["p"], catalog.Current.Problems.Keys);
    }

    [Fact]
    public void SetNamingAnUnknownProblemIsAnErrorAtItsLine()
    {
        _temp.AddValid("p");
        _temp.Write("sets/start.yaml", "title: Start\nproblems:\n  - p\n  - nope\n");
        _temp.Write("sets/fine.yaml", "title: Fine\ndescription: ok\nproblems: [p]\n");

        var snapshot = Catalog().LoadAll();

        Assert.Equal(["fine"], snapshot.Sets.Keys);
        var error = Assert.Single(snapshot.Errors["sets/start.yaml"]);
        Assert.Equal("sets/start.yaml:4:5", error.Location.ToString());
        Assert.Equal("'nope' is not a problem that loaded (check its folder under problems/)", error.Message);
    }

    [Fact]
    public async Task WatcherPicksUpANewProblemWithoutARestart()
    {
        _temp.AddValid("p");
        var catalog = Catalog();
        catalog.LoadAll();
        var options = Microsoft.Extensions.Options.Options.Create(new ProblemsOptions { ReloadDelay = TimeSpan.FromMilliseconds(100) });
        using var watcher = new ProblemWatcher(catalog, options, TimeProvider.System);
        var changed = new TaskCompletionSource();
        catalog.Changed += s =>
        {
            if (s.Problems.ContainsKey("q"))
            {
                changed.TrySetResult();
            }
        };
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            // Give the watcher a moment to attach before writing.
            await Task.Delay(200);
            _temp.AddValid("q");
            await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(catalog.Current.Problems.ContainsKey("q"));
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }
}
