using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Docker.DotNet.Models;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.Redis;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// PostgreSQL and Redis for the tests: throwaway containers (Testcontainers) from the images deploy/postgres and
/// deploy/redis build on this machine, named by INTERVIEW_TEST_POSTGRES_IMAGE and INTERVIEW_TEST_REDIS_IMAGE
/// (./interview test sets both). One PostgreSQL server and one Redis serve the whole test run, started on first
/// use; tests make their own databases in it (<see cref="Data.TestDatabase"/>). A test that stops Redis starts
/// one of its own (<see cref="StartRedisAsync"/>).
/// <para>
/// No registry answers here, so nothing is pulled (the images are local) and Testcontainers' reaper (Ryuk, an
/// image from Docker Hub) is off. Its job is done in two parts instead. Every container carries a label naming
/// its test process (boot id and pid); a small detached shell started with the first container waits for that
/// process to end, however it ends (killed included), and removes the containers with its label. And a run
/// removes, before it starts any, the containers of earlier runs whose process is gone (after a reboot, say).
/// </para>
/// </summary>
public static class TestServices
{
    private const string OwnerLabel = "interviewpractice.tests.owner";
    private const string PostgresPassword = "interview-tests";
    private static readonly string Owner = $"{BootId()}:{Environment.ProcessId}";
    private static readonly Lazy<Task> Swept = new(SweepOrphansAsync);
    private static readonly Lazy<Task> Reaper = new(StartReaperAsync);
    private static readonly Lazy<Task<string>> SharedPostgres = new(StartSharedPostgresAsync);
    private static readonly Lazy<Task<string>> SharedRedis = new(StartSharedRedisAsync);

    static TestServices()
    {
        // Debian 12's engine (docker.io 20.10) speaks Docker API 1.41 at most; Docker.DotNet.Enhanced, under
        // Testcontainers, asks for 1.44 unless told. Set before the first Testcontainers type reads its settings.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_API_VERSION")))
        {
            Environment.SetEnvironmentVariable("DOCKER_API_VERSION", "1.41");
        }
        Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
    }

    /// <summary>A superuser connection string of the shared PostgreSQL server (database <c>interview</c>).</summary>
    public static Task<string> PostgresAsync() => SharedPostgres.Value;

    /// <summary>The StackExchange.Redis configuration (<c>127.0.0.1:PORT</c>) of the shared Redis.</summary>
    public static Task<string> RedisAsync() => SharedRedis.Value;

    /// <summary>
    /// A Redis of the caller's own on a fixed loopback port, so it keeps its address when the test stops and starts
    /// it again. Dispose removes it.
    /// </summary>
    public static async Task<(IContainer Container, string Configuration)> StartRedisAsync()
    {
        var port = FreePort();
        var container = await StartAsync(NewRedis(port));
        return (container, $"127.0.0.1:{port}");
    }

    private static async Task<string> StartSharedPostgresAsync()
    {
        var port = FreePort();
        var image = Image("INTERVIEW_TEST_POSTGRES_IMAGE", "postgres");
        await StartAsync(new PostgreSqlBuilder(image)
            .WithUsername("interview")
            .WithPassword(PostgresPassword)
            .WithDatabase("interview")
            // Throwaway data: no fsync, so the many CREATE DATABASEs of a run cost little.
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
            .WithPortBinding(port, PostgreSqlBuilder.PostgreSqlPort)
            .WithCreateParameterModifier(OnLoopback));
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "interview",
            Password = PostgresPassword,
            Database = "interview",
        }.ConnectionString;
        return connection;
    }

    private static async Task<string> StartSharedRedisAsync()
    {
        var port = FreePort();
        await StartAsync(NewRedis(port));
        return $"127.0.0.1:{port}";
    }

    private static RedisBuilder NewRedis(int port) =>
        new RedisBuilder(Image("INTERVIEW_TEST_REDIS_IMAGE", "redis"))
            .WithPortBinding(port, Testcontainers.Redis.RedisBuilder.RedisPort)
            .WithCreateParameterModifier(OnLoopback);

    private static async Task<TContainer> StartAsync<TBuilder, TContainer, TConfiguration>(ContainerBuilder<TBuilder, TContainer, TConfiguration> builder)
        where TBuilder : ContainerBuilder<TBuilder, TContainer, TConfiguration>
        where TContainer : IContainer
        where TConfiguration : DotNet.Testcontainers.Configurations.IContainerConfiguration
    {
        await Swept.Value;
        await Reaper.Value;
        var container = builder
            .WithLabel(OwnerLabel, Owner)
            // The image is built here (scripts/setup/compose.sh); there is no registry to pull from.
            .WithImagePullPolicy(_ => false)
            .Build();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await container.StartAsync(bound.Token);
        return container;
    }

    // Published on 127.0.0.1 only (Testcontainers binds every interface by default): servers under test stay on loopback.
    private static void OnLoopback(CreateContainerParameters parameters)
    {
        foreach (var bindings in parameters.HostConfig?.PortBindings?.Values ?? [])
        {
            foreach (var binding in bindings)
            {
                binding.HostIP = "127.0.0.1";
            }
        }
    }

    private static string Image(string variable, string name) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } image
            ? image
            : throw new InvalidOperationException($"{variable} is not set. Run ./interview test, which builds the {name} image (deploy/{name}) and sets it.");

    /// <summary>
    /// Starts, detached (own session, no inherited output, so the test run never waits for it), a shell that
    /// waits until this process has ended and then removes the containers carrying its label.
    /// </summary>
    private static async Task StartReaperAsync()
    {
        var script = $"""
            tail --pid={Environment.ProcessId} -f /dev/null
            ids="$(docker ps -aq --filter 'label={OwnerLabel}={Owner}')"
            [ -z "$ids" ] || docker rm -f -v $ids
            """;
        await RunAsync("bash", "-c", "setsid bash -c \"$0\" </dev/null >/dev/null 2>&1 &", script);
    }

    /// <summary>Removes the containers of test runs whose process no longer exists (on this boot).</summary>
    private static async Task SweepOrphansAsync()
    {
        var listing = await DockerAsync("ps", "-a", "--filter", $"label={OwnerLabel}", "--format", $"{{{{.ID}}}} {{{{.Label \"{OwnerLabel}\"}}}}");
        var boot = BootId();
        var orphans = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && !Alive(parts[1], boot))
            .Select(parts => parts[0])
            .ToArray();
        if (orphans.Length > 0)
        {
            await DockerAsync(["rm", "-f", "-v", .. orphans]);
        }
    }

    private static bool Alive(string owner, string boot)
    {
        var parts = owner.Split(':');
        return parts.Length == 2 && parts[0] == boot && int.TryParse(parts[1], out var pid) && Directory.Exists($"/proc/{pid}");
    }

    private static Task<string> DockerAsync(params string[] args) => RunAsync("docker", args);

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var (exit, output, errors) = await ChildProcess.RunAsync(file, args);
        return exit == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({exit}): {errors}");
    }

    private static string BootId() =>
        File.Exists("/proc/sys/kernel/random/boot_id") ? File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim() : "unknown";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
