using System.Net.Sockets;

namespace InterviewPractice.Judging.Docker;

/// <summary>Which implementation speaks to the engine (issue 7: the hand-written one or Docker.DotNet.Enhanced).</summary>
public enum DockerClientKind
{
    /// <summary>Docker.DotNet.Enhanced (HTTP over the unix socket through the library, attach as its MultiplexedStream).</summary>
    Enhanced,

    /// <summary>The hand-written client: plain HTTP over the unix socket, attach on its own socket.</summary>
    Builtin,
}

/// <summary>
/// The Docker Engine API over its unix socket: just the calls the judge needs. Every call, attach included, fails
/// with <see cref="EngineUnreachableException"/> past the timeout: an engine that hangs never holds a caller for
/// ever. Which library speaks to the engine is <see cref="Kind"/>.
/// </summary>
public sealed class DockerClient : IDisposable
{
    private readonly IEngineClient _engine;

    /// <summary>
    /// Connects to the engine at <paramref name="endpoint"/> (<c>unix:///var/run/docker.sock</c>). Every call,
    /// attach included, fails with <see cref="DockerException"/> past <paramref name="timeout"/>.
    /// </summary>
    public DockerClient(string endpoint, TimeSpan? timeout = null, DockerClientKind kind = DockerClientKind.Enhanced)
    {
        if (!endpoint.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Only unix:// Docker endpoints are supported, not '{endpoint}'.", nameof(endpoint));
        }
        Kind = kind;
        _engine = kind switch
        {
            DockerClientKind.Builtin => new BuiltinEngineClient(endpoint, timeout),
            DockerClientKind.Enhanced => new EnhancedEngineClient(endpoint, timeout ?? TimeSpan.FromSeconds(30)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>The implementation in use.</summary>
    public DockerClientKind Kind { get; }

    /// <summary>True when the engine answers.</summary>
    public Task<bool> PingAsync(CancellationToken ct) => _engine.PingAsync(ct);

    /// <summary>True when the image exists locally.</summary>
    public Task<bool> ImageExistsAsync(string image, CancellationToken ct) => _engine.ImageExistsAsync(image, ct);

    /// <summary>Creates a container; returns its id.</summary>
    public Task<string> CreateAsync(ContainerSpec spec, string? name, CancellationToken ct) => _engine.CreateAsync(spec, name, ct);

    /// <summary>Starts a created container.</summary>
    public Task StartAsync(string id, CancellationToken ct) => _engine.StartAsync(id, ct);

    /// <summary>Changes a running container's memory limit (and swap, kept equal: no swap).</summary>
    public Task UpdateMemoryAsync(string id, long bytes, CancellationToken ct) => _engine.UpdateMemoryAsync(id, bytes, ct);

    /// <summary>Removes a container, killing it first if it runs. A container already gone is not an error.</summary>
    public Task RemoveAsync(string id, CancellationToken ct) => _engine.RemoveAsync(id, ct);

    /// <summary>Kills a container's processes (SIGKILL). A container already stopped is not an error.</summary>
    public Task KillAsync(string id, CancellationToken ct) => _engine.KillAsync(id, ct);

    /// <summary>The state of a container, or null when it no longer exists.</summary>
    public Task<ContainerState?> InspectStateAsync(string id, CancellationToken ct) => _engine.InspectStateAsync(id, ct);

    /// <summary>Ids of every container (running or not) carrying the label <paramref name="label"/> (<c>key=value</c>).</summary>
    public Task<IReadOnlyList<string>> ListByLabelAsync(string label, CancellationToken ct) => _engine.ListByLabelAsync(label, ct);

    /// <summary>Attaches to a container's stdin, stdout and stderr (no TTY).</summary>
    public Task<ContainerStream> AttachAsync(string id, CancellationToken ct) => _engine.AttachAsync(id, ct);

    public void Dispose() => _engine.Dispose();
}

/// <summary>The calls of <see cref="DockerClient"/>, as each implementation makes them.</summary>
internal interface IEngineClient : IDisposable
{
    Task<bool> PingAsync(CancellationToken ct);

    Task<bool> ImageExistsAsync(string image, CancellationToken ct);

    Task<string> CreateAsync(ContainerSpec spec, string? name, CancellationToken ct);

    Task StartAsync(string id, CancellationToken ct);

    Task UpdateMemoryAsync(string id, long bytes, CancellationToken ct);

    Task RemoveAsync(string id, CancellationToken ct);

    Task KillAsync(string id, CancellationToken ct);

    Task<ContainerState?> InspectStateAsync(string id, CancellationToken ct);

    Task<IReadOnlyList<string>> ListByLabelAsync(string label, CancellationToken ct);

    Task<ContainerStream> AttachAsync(string id, CancellationToken ct);
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
