using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;
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
        using var watcher = new ProblemWatcher(catalog, options, TimeProvider.System, NullLogger<ProblemWatcher>.Instance);
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

    [Fact]
    public void EveryProblemInTheRepositoryLoadsWithinTheDefaultLimits()
    {
        // Found upward from the test's working directory, as the server finds it.
        var root = new ProblemsOptions().ResolvePath();
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).Where(n => n != ProblemSetReader.Folder).Order(StringComparer.Ordinal);

        var snapshot = new ProblemCatalog(root, NullLogger<ProblemCatalog>.Instance).LoadAll();

        Assert.Empty(snapshot.AllErrors.Select(e => e.ToString()));
        Assert.Equal(folders, snapshot.Problems.Keys);
        Assert.NotEmpty(snapshot.Sets);
    }

    [Fact]
    public void LoadAllAfterABreakKeepsTheLastGoodVersion()
    {
        // LoadAll also runs after the file watcher lost events, so it must not drop a problem mid-edit.
        _temp.AddValid("p").AddValid("q");
        var catalog = Catalog();
        catalog.LoadAll();

        _temp.Write("p/problem.md", "---\ntitle: Half writ");
        var snapshot = catalog.LoadAll();

        Assert.Equal(["p", "q"], snapshot.Problems.Keys);
        Assert.Equal("Add Two", snapshot.Problems["p"].Title);
        Assert.Equal(["p"], snapshot.Errors.Keys);
    }

    [Fact]
    public void LoadThatThrowsKeepsTheLastGoodVersionAndNamesTheFolder()
    {
        _temp.AddValid("p").AddValid("q");
        var fail = false;
        var catalog = new ProblemCatalog(_temp.Root, NullLogger<ProblemCatalog>.Instance)
        {
            LoadFolder = slug => fail && slug == "p" ? throw new InvalidOperationException("disk on fire") : ProblemLoader.Load(_temp.Root, slug),
        };
        catalog.LoadAll();

        fail = true;
        catalog.Reload("p");
        var afterReload = catalog.Current;
        var afterLoadAll = catalog.LoadAll();

        foreach (var snapshot in new[] { afterReload, afterLoadAll })
        {
            Assert.Equal(["p", "q"], snapshot.Problems.Keys);
            var error = Assert.Single(snapshot.Errors["p"]);
            Assert.Equal("p/", error.Location.ToString());
            Assert.Equal("the folder could not be loaded (InvalidOperationException: disk on fire); see the server log", error.Message);
        }
    }

    [Fact]
    public void SubscriberThatThrowsDoesNotFailTheReloadOrTheOtherSubscribers()
    {
        _temp.AddValid("p");
        var catalog = Catalog();
        catalog.LoadAll();
        var seen = new List<CatalogSnapshot>();
        catalog.Changed += _ => throw new InvalidOperationException("a broken page cache");
        catalog.Changed += seen.Add;

        _temp.AddValid("q");
        catalog.Reload("q");

        Assert.Equal(["p", "q"], catalog.Current.Problems.Keys);
        Assert.Same(catalog.Current, Assert.Single(seen));
    }

    [Fact]
    public async Task WatcherSurvivesAFailingReloadAndPicksUpTheLaterFix()
    {
        _temp.AddValid("p");
        var catalog = Catalog();
        catalog.LoadAll();
        var options = Microsoft.Extensions.Options.Options.Create(new ProblemsOptions { ReloadDelay = TimeSpan.FromMilliseconds(50) });
        using var watcher = new ProblemWatcher(catalog, options, TimeProvider.System, NullLogger<ProblemWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            // A solution that is a dangling link: reading it used to throw out of the reload and end the watcher.
            await ChangeUntilAsync(catalog, () => _temp.Link("p/solutions/accepted/ref.py", Path.Combine(_temp.Root, "gone.py")), s => s.Errors.ContainsKey("p"));
            Assert.Equal("Add Two", catalog.Current.Problems["p"].Title);

            await ChangeUntilAsync(
                catalog,
                () =>
                {
                    File.Delete(Path.Combine(_temp.Root, "p/solutions/accepted/ref.py"));
                    _temp.AddValid("p", new Dictionary<string, string?> { ["problem.md"] = TempProblems.ValidStatement.Replace("Add Two", "Add Two Numbers", StringComparison.Ordinal) });
                },
                s => s.Problems["p"].Title == "Add Two Numbers");
            Assert.False(catalog.Current.Errors.ContainsKey("p"));
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
        Assert.True(watcher.ExecuteTask!.IsCompletedSuccessfully);
    }

    /// <summary>
    /// Makes <paramref name="change"/> until the catalog publishes a snapshot matching <paramref name="done"/>. The
    /// watcher attaches in the background after StartAsync, so a change made too early is made again, not awaited
    /// in vain; the whole wait is bounded.
    /// </summary>
    private static async Task ChangeUntilAsync(ProblemCatalog catalog, Action change, Func<CatalogSnapshot, bool> done)
    {
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(CatalogSnapshot s)
        {
            if (done(s))
            {
                published.TrySetResult();
            }
        }
        catalog.Changed += OnChanged;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (!published.Task.IsCompleted)
            {
                change();
                await Task.WhenAny(published.Task, Task.Delay(TimeSpan.FromSeconds(1), timeout.Token));
                timeout.Token.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            catalog.Changed -= OnChanged;
        }
    }
}
