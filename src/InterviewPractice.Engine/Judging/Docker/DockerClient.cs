using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using Docker.DotNet.Models;
using Library = Docker.DotNet;

namespace InterviewPractice.Judging.Docker;

/// <summary>
/// The Docker Engine API, just the calls the judge needs, through Docker.DotNet.Enhanced over the unix socket.
/// The library's models and exceptions stay in here: callers see <see cref="DockerException"/> (the engine
/// refused), <see cref="EngineUnreachableException"/> (it did not answer in time: every call, attach included,
/// is bounded, so an engine that hangs never holds a caller) and <see cref="ContainerStream"/>. Each call is a
/// client span (<c>docker ...</c>) of the judge's activity source, under the judging that made it.
/// </summary>
public sealed class DockerClient : IDisposable
{
    // Debian's docker.io 20.10 speaks 1.41 at most; the library asks for 1.44 unless told.
    private static readonly System.Version ApiVersion = new(1, 41);

    private readonly Library.DockerClient _client;
    private readonly TimeSpan _timeout;

    /// <summary>
    /// Connects to the engine at <paramref name="endpoint"/> (<c>unix:///var/run/docker.sock</c>); every call fails
    /// with <see cref="EngineUnreachableException"/> past <paramref name="timeout"/> (default 30 s).
    /// </summary>
    public DockerClient(string endpoint, TimeSpan? timeout = null)
    {
        if (!endpoint.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Only unix:// Docker endpoints are supported, not '{endpoint}'.", nameof(endpoint));
        }
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        _client = new DockerClientBuilder()
            .WithEndpoint(new Uri(endpoint))
            .WithApiVersion(ApiVersion)
            // The library's own bound; every call is bounded here too (see CallAsync), so a library that does not
            // honour it still cannot hold a caller.
            .WithTimeout(_timeout)
            .Build();
    }

    /// <summary>True when the engine answers.</summary>
    public async Task<bool> PingAsync(CancellationToken ct)
    {
        try
        {
            await CallAsync("ping", (c, t) => c.System.PingAsync(t), ct);
            return true;
        }
        catch (Exception e) when (EngineFaults.Is(e))
        {
            return false;
        }
    }

    /// <summary>True when the image exists locally.</summary>
    public async Task<bool> ImageExistsAsync(string image, CancellationToken ct)
    {
        try
        {
            await CallAsync("inspect image", (c, t) => c.Images.InspectImageAsync(image, t), ct);
            return true;
        }
        catch (DockerException e) when (e.InnerException is DockerApiException { StatusCode: HttpStatusCode.NotFound })
        {
            return false;
        }
    }

    /// <summary>Creates a container; returns its id.</summary>
    public async Task<string> CreateAsync(ContainerSpec spec, string? name, CancellationToken ct)
    {
        var parameters = ToParameters(spec);
        parameters.Name = name;
        var created = await CallAsync("create container", (c, t) => c.Containers.CreateContainerAsync(parameters, t), ct);
        return string.IsNullOrEmpty(created?.ID) ? throw new DockerException("create container: no id in the answer") : created.ID;
    }

    /// <summary>Starts a created container.</summary>
    public Task StartAsync(string id, CancellationToken ct) =>
        CallAsync("start container", (c, t) => c.Containers.StartContainerAsync(id, new ContainerStartParameters(), t), ct);

    /// <summary>Changes a running container's memory limit (and swap, kept equal: no swap).</summary>
    public Task UpdateMemoryAsync(string id, long bytes, CancellationToken ct) =>
        CallAsync("update container", (c, t) => c.Containers.UpdateContainerAsync(id, new ContainerUpdateParameters { Memory = bytes, MemorySwap = bytes }, t), ct);

    /// <summary>Removes a container, killing it first if it runs. A container already gone is not an error.</summary>
    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        try
        {
            await CallAsync("remove container", (c, t) => Done(c.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, t)), ct);
        }
        catch (DockerException e) when (e.InnerException is DockerApiException { StatusCode: HttpStatusCode.NotFound or HttpStatusCode.Conflict })
        {
        }
    }

    /// <summary>Kills a container's processes (SIGKILL). A container already stopped is not an error.</summary>
    public async Task KillAsync(string id, CancellationToken ct)
    {
        try
        {
            await CallAsync("kill container", (c, t) => Done(c.Containers.KillContainerAsync(id, new ContainerKillParameters(), t)), ct);
        }
        catch (DockerException e) when (e.InnerException is DockerApiException { StatusCode: HttpStatusCode.NotFound or HttpStatusCode.Conflict })
        {
        }
    }

    /// <summary>The state of a container, or null when it no longer exists.</summary>
    public async Task<ContainerState?> InspectStateAsync(string id, CancellationToken ct)
    {
        try
        {
            var inspect = await CallAsync("inspect container", (c, t) => c.Containers.InspectContainerAsync(id, t), ct);
            return inspect?.State is { } s ? new ContainerState(s.Status, s.Running, s.OOMKilled, s.ExitCode, s.Error) : null;
        }
        catch (DockerException e) when (e.InnerException is DockerApiException { StatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    /// <summary>Ids of every container (running or not) carrying the label <paramref name="label"/> (<c>key=value</c>).</summary>
    public async Task<IReadOnlyList<string>> ListByLabelAsync(string label, CancellationToken ct)
    {
        var parameters = new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [label] = true } },
        };
        var list = await CallAsync("list containers", (c, t) => c.Containers.ListContainersAsync(parameters, t), ct);
        return [.. (list ?? []).Select(c => c.ID)];
    }

    /// <summary>Attaches to a container's stdin, stdout and stderr (no TTY).</summary>
    public async Task<ContainerStream> AttachAsync(string id, CancellationToken ct)
    {
        var parameters = new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true };
        var stream = await CallAsync("attach to container", (c, t) => c.Containers.AttachContainerAsync(id, parameters, t), ct, onAbandoned: s => s.Dispose());
        return new ContainerStream(stream);
    }

    private static async Task<bool> Done(Task call)
    {
        await call;
        return true;
    }

    private Task CallAsync(string what, Func<Library.DockerClient, CancellationToken, Task> call, CancellationToken ct) =>
        CallAsync(what, (c, t) => Done(call(c, t)), ct);

    /// <summary>
    /// Makes one call within the timeout, whether or not the library honours the token: past it the caller gets
    /// <see cref="EngineUnreachableException"/> and the call is left to end on its own (a result it brings late is
    /// handed to <paramref name="onAbandoned"/>). The engine's refusals become <see cref="DockerException"/>.
    /// </summary>
    private async Task<T> CallAsync<T>(string what, Func<Library.DockerClient, CancellationToken, Task<T>> call, CancellationToken ct, Action<T>? onAbandoned = null)
    {
        // Only within a trace (a judging): background calls (pings, pool refills, removals) start none of their own.
        using var span = Activity.Current is null ? null : JudgeTelemetry.Source.StartActivity($"docker {what}", ActivityKind.Client);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(_timeout);
        Task<T>? task = null;
        try
        {
            task = call(_client, bounded.Token);
            return await task.WaitAsync(bounded.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            Abandon(task, onAbandoned);
            span?.SetStatus(ActivityStatusCode.Error, "no answer");
            throw new EngineUnreachableException($"{what}: the Docker engine did not answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (OperationCanceledException)
        {
            Abandon(task, onAbandoned);
            throw;
        }
        catch (DockerApiException e)
        {
            span?.SetStatus(ActivityStatusCode.Error, ((int)e.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            throw new DockerException($"{what}: {(int)e.StatusCode} {Message(e.ResponseBody)}", e);
        }
    }

    private static void Abandon<T>(Task<T>? task, Action<T>? onAbandoned)
    {
        if (task is null || (task.IsCompleted && onAbandoned is null))
        {
            _ = task?.Exception;
            return;
        }
        _ = task.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                onAbandoned?.Invoke(t.Result);
            }
            else
            {
                _ = t.Exception;
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static string Message(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }
        try
        {
            return (JsonDocument.Parse(body).RootElement.GetProperty("message").GetString() ?? body).Trim();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body.Trim();
        }
    }

    private static CreateContainerParameters ToParameters(ContainerSpec spec)
    {
        var host = spec.HostConfig;
        return new CreateContainerParameters
        {
            Image = spec.Image,
            Cmd = [.. spec.Cmd],
            WorkingDir = spec.WorkingDir,
            User = spec.User,
            Labels = new Dictionary<string, string>(spec.Labels),
            Env = [.. spec.Env],
            OpenStdin = spec.OpenStdin,
            StdinOnce = spec.StdinOnce,
            AttachStdin = spec.AttachStdin,
            AttachStdout = spec.AttachStdout,
            AttachStderr = spec.AttachStderr,
            Tty = spec.Tty,
            NetworkDisabled = spec.NetworkDisabled,
            HostConfig = new Library.Models.HostConfig
            {
                Memory = host.Memory,
                MemorySwap = host.MemorySwap,
                MemorySwappiness = host.MemorySwappiness,
                NanoCPUs = host.NanoCpus,
                PidsLimit = host.PidsLimit,
                NetworkMode = host.NetworkMode,
                ReadonlyRootfs = host.ReadonlyRootfs,
                Privileged = host.Privileged,
                CapDrop = [.. host.CapDrop],
                SecurityOpt = [.. host.SecurityOpt],
                Tmpfs = new Dictionary<string, string>(host.Tmpfs),
                Ulimits = [.. host.Ulimits.Select(u => new Library.Models.Ulimit { Name = u.Name, Soft = u.Soft, Hard = u.Hard })],
                Init = host.Init,
                AutoRemove = host.AutoRemove,
                IpcMode = host.IpcMode,
                OomKillDisable = host.OomKillDisable,
                OomScoreAdj = host.OomScoreAdj,
                LogConfig = new Library.Models.LogConfig { Type = host.LogConfig.Type },
            },
        };
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>What the engine says of a container's state.</summary>
public sealed record ContainerState(string Status, bool Running, bool OOMKilled, long ExitCode, string? Error);

/// <summary>The engine refused or failed a call.</summary>
public class DockerException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The engine did not answer at all: it is down, hung or restarting (not a refusal of one request).</summary>
public sealed class EngineUnreachableException(string message) : DockerException(message);

/// <summary>Which failures mean "the engine (or the way to it) failed", as opposed to a bug.</summary>
public static class EngineFaults
{
    /// <summary>True for the errors a call to the engine raises when the engine is down, hung or restarting, or refuses.</summary>
    public static bool Is(Exception e) => e is DockerException or HttpRequestException or IOException or SocketException;

    /// <summary>
    /// True when the engine could not be reached or did not answer, as opposed to answering with a refusal:
    /// nothing about the submission being judged, so the judge is not ready until the engine answers again.
    /// </summary>
    public static bool IsUnreachable(Exception e) => e is EngineUnreachableException or HttpRequestException or IOException or SocketException;
}
