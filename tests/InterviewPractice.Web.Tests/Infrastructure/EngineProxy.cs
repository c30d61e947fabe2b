using System.Net.Sockets;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// A unix-socket proxy between an app and the real Docker engine, for injecting the engine's faults for real:
/// it passes everything through, or hangs (holds every connection, old and new, and forwards nothing, as a
/// wedged engine does), or drops (closes every connection and refuses new ones, as a stopped engine does).
/// </summary>
public sealed class EngineProxy : IAsyncDisposable
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

    public EngineProxy(string enginePath = "/var/run/docker.sock")
    {
        EnginePath = enginePath;
        SocketPath = Path.Combine(Path.GetTempPath(), $"ip-engine-{Guid.NewGuid():N}.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen(64);
        _accepting = AcceptAsync();
    }

    public string EnginePath { get; }

    public string SocketPath { get; }

    /// <summary>The endpoint to give the app (<c>Judge:DockerEndpoint</c>).</summary>
    public string Endpoint => "unix://" + SocketPath;

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
        var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        lock (_open)
        {
            _open.Add(client);
            _open.Add(engine);
        }
        try
        {
            await _flowing.Task.WaitAsync(_stop.Token);
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(EnginePath), _stop.Token);
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
        File.Delete(SocketPath);
        _stop.Dispose();
    }
}
