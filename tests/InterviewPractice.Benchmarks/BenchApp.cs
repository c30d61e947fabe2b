using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewPractice.Benchmarks;

/// <summary>The real app on Kestrel at a loopback port, configured like a default server, with a throwaway database.</summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ip-bench-{Guid.NewGuid():N}.db");

    /// <param name="repository">The repository (its web project is the content root); by default the problems folder's parent.</param>
    public BenchApp(string problems, IReadOnlyDictionary<string, string?>? settings = null, string? repository = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Problems:Path"] = problems,
            ["Problems:Watch"] = "false",
            ["Database:ConnectionString"] = $"Data Source={_database}",
            ["Judge:NodeId"] = $"bench-{Environment.ProcessId}",
            // The benchmark is one client standing in for many users.
            ["Submissions:PerClientPerMinute"] = "1000000",
            ["Submissions:MaxQueuedPerClient"] = "1000000",
            ["Submissions:MaxRunningPerClient"] = "1000000",
            ["Submissions:ReadsPerClientPerMinute"] = "1000000",
            ["Submissions:MaxWaitersPerClient"] = "1000000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        // WebApplicationFactory looks for the content root by the test-project conventions; say it outright.
        var webProject = Path.Combine(repository ?? Path.GetDirectoryName(Path.GetFullPath(problems))!, "src", "InterviewPractice.Web");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INTERVIEWPRACTICE_WEB", webProject);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task StartAsync()
    {
        await Task.Run(StartServer);
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Waits until the judge is ready and every language has <paramref name="warm"/> idle runners.</summary>
    public async Task WaitForWarmAsync(int warm, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var health = await Http.GetFromJsonAsync<JsonObject>("health");
            var judge = health!["judge"]!;
            if ((bool)judge["ready"]! && judge["warmRunners"]!.AsObject().All(kv => (int)kv.Value! >= warm))
            {
                return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("the judge did not get ready (is Docker up and the sandbox image built? ./interview setup)");
    }

    protected override void Dispose(bool disposing)
    {
        Http?.Dispose();
        base.Dispose(disposing);
        foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(f);
        }
    }
}
