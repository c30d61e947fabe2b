using System.Net;
using System.Text.Json;
using InterviewPractice.Judging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// The real app for tests: the real problems folder (or a temporary one), a real SQLite file of its own, and a
/// judge with its own node id, so its containers are told apart from any other server's.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public TestApp(string? problemsPath = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        NodeId = $"test-{Guid.NewGuid():N}"[..17];
        DatabasePath = Path.Combine(Path.GetTempPath(), $"ip-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>
        {
            ["Problems:Path"] = problemsPath ?? TestPaths.Problems,
            ["Problems:Watch"] = "false",
            ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Judge:NodeId"] = NodeId,
            ["Judge:WarmPerLanguage"] = "1",
            ["Submissions:PerClientPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The judge's node id: the label on every container this app creates.</summary>
    public string NodeId { get; }

    /// <summary>Every line the app logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The SQLite file (unless the settings chose another database).</summary>
    public string DatabasePath { get; }

    /// <summary>Serve on a real socket at a free loopback port (browsers need one).</summary>
    public TestApp OnKestrel()
    {
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(Logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        });
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    /// <summary>
    /// Serve on a real socket at the configured URLs (setting <c>urls</c>), as the app does outside tests: for
    /// endpoints the app adds to them, such as the metrics management port.
    /// </summary>
    public TestApp OnKestrelAtConfiguredUrls()
    {
        UseKestrel();
        return this;
    }

    /// <summary>Every address the real server listens on, starting it if needed.</summary>
    public async Task<IReadOnlyList<Uri>> StartKestrelAtConfiguredUrlsAsync()
    {
        await Task.Run(StartServer).WaitAsync(TimeSpan.FromSeconds(60));
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return [.. addresses.Select(a => new Uri(a.TrimEnd('/') + "/"))];
    }

    /// <summary>The address of the real server (after <see cref="OnKestrel"/>), starting it if needed.</summary>
    public async Task<Uri> StartKestrelAsync()
    {
        // StartServer blocks while the host starts: keep it off the test thread and bounded.
        await Task.Run(StartServer).WaitAsync(TimeSpan.FromSeconds(60));
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>Waits until the judge can run submissions (engine up, image present), or fails saying why.</summary>
    public Task WaitForJudgeAsync() =>
        this.UntilAsync(s => s.Ready, "ready (./interview test starts Docker and builds the sandbox image)");

    /// <summary>
    /// Removes every container labelled with this app's node, for tests that break the engine on purpose: an engine
    /// that goes away in the middle of a create can leave a container the app could not remove (the next start of
    /// its node would sweep it, but test nodes never start again).
    /// </summary>
    public async Task RemoveItsContainersAsync()
    {
        using var docker = new InterviewPractice.Judging.Docker.DockerClient(new JudgeOptions().DockerEndpoint, TimeSpan.FromSeconds(30));
        var left = await docker.ListByLabelAsync($"{InterviewPractice.Judging.Sandbox.SandboxSpecs.NodeLabel}={NodeId}", CancellationToken.None);
        await Task.WhenAll(left.Select(id => docker.RemoveAsync(id, CancellationToken.None)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>Where the repository is, wherever the build output went.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Repository => Root.Value;

    public static string Problems => Path.Combine(Repository, "problems");

    /// <summary>Copies a folder and everything in it (a problem into a test's own problems folder, say).</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    // The build output may live outside the repository (--artifacts-path), so the web project's folder, which
    // Mvc.Testing records beside the tests in MvcTestingAppManifest.json, is the second place to look.
    private static string FindRoot()
    {
        var starts = new List<string> { AppContext.BaseDirectory };
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        if (File.Exists(manifest))
        {
            starts.AddRange(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))?.Values ?? Enumerable.Empty<string>());
        }
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InterviewPractice.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"No folder holding InterviewPractice.sln above {string.Join(" or ", starts)}.");
    }
}
