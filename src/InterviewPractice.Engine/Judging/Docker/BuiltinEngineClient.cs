using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewPractice.Judging.Docker;

/// <summary>
/// The hand-written client for the Docker Engine API over its unix socket: just the calls the judge needs, as
/// plain HTTP (<see cref="DockerClientKind.Builtin"/>; issue 7 weighs it against Docker.DotNet.Enhanced).
/// </summary>
internal sealed class BuiltinEngineClient : IEngineClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = null,
    };

    private readonly HttpClient _http;
    private readonly string _socketPath;
    private readonly TimeSpan _timeout;

    /// <summary>
    /// Connects to the engine at <paramref name="endpoint"/> (<c>unix:///var/run/docker.sock</c>). Every call,
    /// attach included, fails with <see cref="DockerException"/> past <paramref name="timeout"/>: an engine that
    /// hangs never holds a caller for ever.
    /// </summary>
    public BuiltinEngineClient(string endpoint, TimeSpan? timeout = null)
    {
        if (!endpoint.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Only unix:// Docker endpoints are supported, not '{endpoint}'.", nameof(endpoint));
        }
        _socketPath = endpoint["unix://".Length..];
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) => await ConnectAsync(ct),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = 64,
        };
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        _http = new HttpClient(new TimeoutHandler(_timeout) { InnerHandler = handler })
        {
            BaseAddress = new Uri("http://docker/v1.41/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>
    /// Turns HttpClient's own timeout (a TaskCanceledException no caller expects) into a DockerException that
    /// says what happened, so loops that handle engine failures handle a hung engine too.
    /// </summary>
    private sealed class TimeoutHandler(TimeSpan timeout) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
            bounded.CancelAfter(timeout);
            try
            {
                // Buffers the body too, inside the bound (engine answers are small).
                var response = await base.SendAsync(request, bounded.Token);
                await response.Content.LoadIntoBufferAsync(bounded.Token);
                return response;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new EngineUnreachableException($"{request.Method} {request.RequestUri?.AbsolutePath}: the Docker engine did not answer within {timeout.TotalSeconds:0.#} s");
            }
        }
    }

    private async ValueTask<Stream> ConnectAsync(CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True when the engine answers.</summary>
    public async Task<bool> PingAsync(CancellationToken ct)
    {
        try
        {
            using var response = await _http.GetAsync("_ping", ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or DockerException)
        {
            return false;
        }
    }

    /// <summary>True when the image exists locally.</summary>
    public async Task<bool> ImageExistsAsync(string image, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"images/{Uri.EscapeDataString(image)}/json", ct);
        return response.StatusCode != HttpStatusCode.NotFound && await Ensure(response, "inspect image") is not null;
    }

    /// <summary>Creates a container; returns its id.</summary>
    public async Task<string> CreateAsync(ContainerSpec spec, string? name, CancellationToken ct)
    {
        var url = name is null ? "containers/create" : $"containers/create?name={Uri.EscapeDataString(name)}";
        using var response = await _http.PostAsJsonAsync(url, spec, Json, ct);
        await Ensure(response, "create container");
        var created = await response.Content.ReadFromJsonAsync<CreateResponse>(Json, ct);
        return created?.Id ?? throw new DockerException("create container: no id in the answer");
    }

    /// <summary>Starts a created container.</summary>
    public async Task StartAsync(string id, CancellationToken ct)
    {
        using var response = await _http.PostAsync($"containers/{id}/start", null, ct);
        await Ensure(response, "start container");
    }

    /// <summary>Changes a running container's memory limit (and swap, kept equal: no swap).</summary>
    public async Task UpdateMemoryAsync(string id, long bytes, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync($"containers/{id}/update", new { Memory = bytes, MemorySwap = bytes }, Json, ct);
        await Ensure(response, "update container");
    }

    /// <summary>Removes a container, killing it first if it runs. A container already gone is not an error.</summary>
    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        using var response = await _http.DeleteAsync($"containers/{id}?force=true&v=true", ct);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return;
        }
        await Ensure(response, "remove container");
    }

    /// <summary>Kills a container's processes (SIGKILL). A container already stopped is not an error.</summary>
    public async Task KillAsync(string id, CancellationToken ct)
    {
        using var response = await _http.PostAsync($"containers/{id}/kill", null, ct);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return;
        }
        await Ensure(response, "kill container");
    }

    /// <summary>The state of a container, or null when it no longer exists.</summary>
    public async Task<ContainerState?> InspectStateAsync(string id, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"containers/{id}/json", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await Ensure(response, "inspect container");
        var inspect = await response.Content.ReadFromJsonAsync<InspectResponse>(Json, ct);
        return inspect?.State;
    }

    /// <summary>Ids of every container (running or not) carrying the label <paramref name="label"/> (<c>key=value</c>).</summary>
    public async Task<IReadOnlyList<string>> ListByLabelAsync(string label, CancellationToken ct)
    {
        var filters = Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]> { ["label"] = [label] }));
        using var response = await _http.GetAsync($"containers/json?all=true&filters={filters}", ct);
        await Ensure(response, "list containers");
        var list = await response.Content.ReadFromJsonAsync<List<ListItem>>(Json, ct) ?? [];
        return [.. list.Select(c => c.Id)];
    }

    /// <summary>
    /// Attaches to a container's stdin, stdout and stderr. The engine "hijacks" the HTTP connection and turns it
    /// into a raw stream, which HttpClient cannot hand out, so this speaks HTTP/1.1 on its own socket.
    /// </summary>
    public async Task<ContainerStream> AttachAsync(string id, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(_timeout);
        try
        {
            return await AttachCoreAsync(id, bounded.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new EngineUnreachableException($"attach to container: the Docker engine did not answer within {_timeout.TotalSeconds:0.#} s");
        }
    }

    private async Task<ContainerStream> AttachCoreAsync(string id, CancellationToken ct)
    {
        var stream = (NetworkStream)await ConnectAsync(ct);
        try
        {
            var request = $"POST /v1.41/containers/{id}/attach?stream=1&stdin=1&stdout=1&stderr=1 HTTP/1.1\r\n"
                + "Host: docker\r\nUpgrade: tcp\r\nConnection: Upgrade\r\nContent-Length: 0\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), ct);
            var header = await ReadHeaderAsync(stream, ct);
            if (!header.StartsWith("HTTP/1.1 101", StringComparison.Ordinal) && !header.StartsWith("HTTP/1.1 200", StringComparison.Ordinal))
            {
                throw new DockerException($"attach to container: {header.Split('\r')[0]}");
            }
            return new BuiltinContainerStream(stream);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    // Reads byte by byte up to the blank line: anything after it already belongs to the container's stream.
    private static async Task<string> ReadHeaderAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>(256);
        var one = new byte[1];
        while (bytes.Count < 16 * 1024)
        {
            if (await stream.ReadAsync(one, ct) == 0)
            {
                throw new EngineUnreachableException("attach to container: the engine closed the connection");
            }
            bytes.Add(one[0]);
            if (bytes.Count >= 4 && bytes[^1] == '\n' && bytes[^2] == '\r' && bytes[^3] == '\n' && bytes[^4] == '\r')
            {
                return Encoding.ASCII.GetString([.. bytes]);
            }
        }
        throw new DockerException("attach to container: the answer's header is too long");
    }

    private static async Task<HttpResponseMessage> Ensure(HttpResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        var body = await response.Content.ReadAsStringAsync();
        string message;
        try
        {
            message = JsonDocument.Parse(body).RootElement.GetProperty("message").GetString() ?? body;
        }
        catch (JsonException)
        {
            message = body;
        }
        throw new DockerException($"{what}: {(int)response.StatusCode} {message.Trim()}");
    }

    public void Dispose() => _http.Dispose();

    private sealed record CreateResponse(string Id);

    private sealed record InspectResponse(ContainerState State);

    private sealed record ListItem(string Id);
}
