using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Deployment;

/// <summary>
/// The compose stack tests run alone, after the others: they bring up seven containers and kill some of them,
/// which would disturb timing-sensitive tests running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ComposeCollection : ICollectionFixture<ComposeStack>
{
    public const string Name = "Compose stack";
}

/// <summary>
/// The docker-compose stack, brought up with <c>./interview compose up</c> as the README says, under its own
/// project name and a free proxy port, so it never meets a developer's stack; torn down with its volumes.
/// </summary>
public sealed class ComposeStack : IAsyncLifetime
{
    /// <summary>The compose project: containers, network and volumes carry it.</summary>
    public const string Project = "interviewpractice-test";

    private static readonly TimeSpan UpTimeout = TimeSpan.FromMinutes(15);

    public int Port { get; } = FreePort();

    /// <summary>A client of the proxy, the stack's only published port.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>How long <c>./interview compose up</c> took (image builds included when inputs changed).</summary>
    public TimeSpan UpTime { get; private set; }

    public async Task InitializeAsync()
    {
        // Leftovers of an interrupted earlier run would otherwise keep their old data.
        await DownAsync();
        var started = Stopwatch.StartNew();
        var up = await RunAsync(Path.Combine(TestPaths.Repository, "interview"), ["compose", "up"], UpTimeout);
        UpTime = started.Elapsed;
        Assert.True(up.ExitCode == 0, $"./interview compose up failed ({up.ExitCode}):\n{up.Output}");
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(100) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await DownAsync();
    }

    private Task<ProcessResult> DownAsync() =>
        RunAsync(Path.Combine(TestPaths.Repository, "interview"), ["compose", "down", "-v"], TimeSpan.FromMinutes(2));

    /// <summary>The container of a service (<c>judge-1</c>, <c>postgres</c>...), found by its compose labels.</summary>
    public async Task<string> ContainerAsync(string service)
    {
        var ps = await DockerAsync("ps", "-aq", "--filter", $"label=com.docker.compose.project={Project}",
            "--filter", $"label=com.docker.compose.service={service}");
        var id = ps.Split('\n', StringSplitOptions.RemoveEmptyEntries).SingleOrDefault();
        return id ?? throw new InvalidOperationException($"no container of service {service} in project {Project}");
    }

    /// <summary>The judge node id of a judge service, as docker-compose.yml sets it.</summary>
    public static string NodeId(string judgeService) => $"{Project}-{judgeService}";

    /// <summary>Runs <c>docker ARGS</c>; fails the test on a non-zero exit; returns standard output.</summary>
    public async Task<string> DockerAsync(params string[] args)
    {
        var result = await RunAsync("docker", args, TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, $"docker {string.Join(' ', args)} failed ({result.ExitCode}):\n{result.Output}");
        return result.Stdout;
    }

    /// <summary>Runs <c>docker ARGS</c>; returns standard output, or null on a non-zero exit.</summary>
    public async Task<string?> TryDockerAsync(params string[] args)
    {
        var result = await RunAsync("docker", args, TimeSpan.FromSeconds(60));
        return result.ExitCode == 0 ? result.Stdout : null;
    }

    /// <summary>Rows of a query on the stack's database (psql in the postgres container), fields split on '|'.</summary>
    public async Task<IReadOnlyList<string[]>> QueryAsync(string sql)
    {
        var postgres = await ContainerAsync("postgres");
        var output = await DockerAsync("exec", postgres, "psql", "-U", "interview", "-d", "interview", "-At", "-F", "|", "-c", sql);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).ToArray();
    }

    /// <summary>The judge nodes' log lines saying they stored a verdict ("Judged {id} ..."), of both nodes.</summary>
    public async Task<string> JudgeLogsAsync()
    {
        var logs = new List<string>();
        foreach (var service in new[] { "judge-1", "judge-2" })
        {
            var result = await RunAsync("docker", ["logs", await ContainerAsync(service)], TimeSpan.FromSeconds(60));
            logs.Add(result.Output);
        }
        return string.Join('\n', logs);
    }

    /// <summary>Waits (bounded) until the service's container is running and healthy.</summary>
    public async Task WaitHealthyAsync(string service, TimeSpan timeout)
    {
        var id = await ContainerAsync(service);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var state = (await DockerAsync("inspect", "--format", "{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}", id)).Trim();
            if (state == "running healthy")
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{service} is not healthy within {timeout.TotalSeconds} s (state: {state})");
            await Task.Delay(250);
        }
    }

    /// <summary>Submits through the proxy; returns the submission's id.</summary>
    public Task<string> SubmitAsync(string language, string mode = "submit", JsonArray? customInputs = null) =>
        SubmissionClient.SubmitAsync(Client, "two-sum", language, SubmissionClient.Reference("two-sum", language), mode, customInputs);

    /// <summary>Reads a submission through the proxy until it is done (long polls, bounded).</summary>
    public Task<JsonObject> VerdictAsync(string id, double seconds = 120) => SubmissionClient.WaitAsync(Client, id, seconds);

    /// <summary>GET through the proxy, retried (bounded) while the stack answers with errors or not at all.</summary>
    public async Task<JsonObject> GetEventuallyAsync(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string failure;
            try
            {
                using var response = await Client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                }
                failure = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            Assert.True(DateTime.UtcNow < deadline, $"GET {path} did not succeed within {timeout.TotalSeconds} s; last: {failure}");
            await Task.Delay(250);
        }
    }

    private async Task<ProcessResult> RunAsync(string file, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.Repository };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // The test host's MSBuild variables would point the script's `dotnet publish` at the test run's MSBuild.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }
        start.Environment["INTERVIEW_COMPOSE_PROJECT"] = Project;
        start.Environment["INTERVIEW_PROXY_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A dead judge node's submissions are taken over after 5 s instead of a minute.
        start.Environment["INTERVIEW_SUBMISSIONS_LEASE"] = "00:00:05";
        // Fewer idle runner containers on a small machine; a cold start costs ~0.3 s.
        start.Environment["INTERVIEW_JUDGE_WARM"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ProcessResult(-1, await stdout, $"timed out after {timeout.TotalSeconds} s\n{await stderr}");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => $"{Stdout}\n{Stderr}";
    }
}
