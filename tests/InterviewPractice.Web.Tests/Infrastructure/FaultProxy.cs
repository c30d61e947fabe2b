using System.Net;
using System.Net.Sockets;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// A proxy for injecting network faults for real: between an app and the real Docker engine (a unix socket), or
/// between a browser and the app (loopback TCP). It passes everything through, or hangs (holds every connection,
/// old and new, and forwards nothing, as a wedged engine does), or drops (closes every connection and refuses new
/// ones, as a stopped engine or a lost network does).
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    public enum Mode
    {
        Pass,
        Hang,
        Drop,

        /// <summary>Everything passes, each chunk 50 ms late: an engine under heavy load.</summary>
        Slow,
    }

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _open = [];
    private readonly Task _accepting;
    private volatile TaskCompletionSource _flowing = NewGate(open: true);
    private volatile Mode _mode = Mode.Pass;

    private readonly EndPoint _target;
    private readonly string? _socketPath;

    private FaultProxy(EndPoint listen, EndPoint target, string? socketPath)
    {
        _target = target;
        _socketPath = socketPath;
        _listener = Socket(listen);
        _listener.Bind(listen);
        _listener.Listen(64);
        _accepting = AcceptAsync();
    }

    /// <summary>A proxy in front of the Docker engine's unix socket; give the app <see cref="Endpoint"/>.</summary>
    public static FaultProxy ForEngine(string enginePath = "/var/run/docker.sock")
    {
        var path = Path.Combine(Path.GetTempPath(), $"ip-engine-{Guid.NewGuid():N}.sock");
        return new FaultProxy(new UnixDomainSocketEndPoint(path), new UnixDomainSocketEndPoint(enginePath), path);
    }

    /// <summary>A proxy on a loopback port in front of <paramref name="server"/>; browse <see cref="Address"/>.</summary>
    public static FaultProxy ForTcp(Uri server) =>
        new(new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.Loopback, server.Port), null);

    /// <summary>The engine endpoint to give the app (<c>Judge:DockerEndpoint</c>).</summary>
    public string Endpoint => "unix://" + (_socketPath ?? throw new InvalidOperationException("A TCP proxy has no engine endpoint."));

    /// <summary>The TCP proxy's address, as the server's but on the proxy's port.</summary>
    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}/");

    private static Socket Socket(EndPoint endpoint) => endpoint is UnixDomainSocketEndPoint
        ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

    public void Set(Mode mode)
    {
        _mode = mode;
        if (mode is Mode.Pass or Mode.Slow)
        {
            _flowing.TrySetResult();
            return;
        }
        if (_flowing.Task.IsCompleted)
        {
            _flowing = NewGate(open: false);
        }
        if (mode == Mode.Drop)
        {
            lock (_open)
            {
                _open.ForEach(s => s.Dispose());
                _open.Clear();
            }
        }
    }

    private static TaskCompletionSource NewGate(bool open)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            gate.SetResult();
        }
        return gate;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            if (_mode == Mode.Drop)
            {
                client.Dispose();
                continue;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        var engine = Socket(_target);
        if (client.ProtocolType == ProtocolType.Tcp)
        {
            // Small frames (a keystroke) go at once, as they would without the proxy.
            client.NoDelay = true;
        }
        lock (_open)
        {
            _open.Add(client);
            _open.Add(engine);
        }
        try
        {
            await _flowing.Task.WaitAsync(_stop.Token);
            await engine.ConnectAsync(_target, _stop.Token);
            var up = PumpAsync(client, engine);
            var down = PumpAsync(engine, client);
            // One direction may end before the other (stdin closed, output still coming); a failed one ends both.
            if ((await Task.WhenAny(up, down)).IsFaulted)
            {
                client.Dispose();
                engine.Dispose();
            }
            await Task.WhenAll(up, down);
        }
        catch (Exception)
        {
            // A dropped or stopped proxy: the connection just ends, as it would with the engine gone.
        }
        finally
        {
            client.Dispose();
            engine.Dispose();
            lock (_open)
            {
                _open.Remove(client);
                _open.Remove(engine);
            }
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            // While hanging, what was read is held back: neither side hears anything.
            await _flowing.Task.WaitAsync(_stop.Token);
            if (_mode == Mode.Slow)
            {
                await Task.Delay(50, _stop.Token);
            }
            if (read == 0)
            {
                to.Shutdown(SocketShutdown.Send);
                return;
            }
            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        lock (_open)
        {
            _open.ForEach(s => s.Dispose());
            _open.Clear();
        }
        await _accepting;
        if (_socketPath is not null)
        {
            File.Delete(_socketPath);
        }
        _stop.Dispose();
    }
}
