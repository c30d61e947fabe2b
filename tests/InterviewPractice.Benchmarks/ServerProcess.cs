using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewPractice.Benchmarks;

/// <summary>
/// A server under load as a child process, so its CPU and memory are its own (/proc/PID). Its output is kept (the
/// last lines, for the error when it fails to start); its RSS is sampled until it is disposed, which kills it,
/// also when the bench ends by an exception or Ctrl+C, and on the bench's own exit as a last resort.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(250);

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _peakRssMb;

    private ServerProcess(Process process)
    {
        _process = process;
        Pid = process.Id;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        _sampling = SampleAsync(_stop.Token);
    }

    public int Pid { get; }

    /// <summary>The largest RSS seen so far (sampled every 250 ms).</summary>
    public double PeakRssMb => Volatile.Read(ref _peakRssMb);

    /// <summary>The kernel's own peak RSS (VmHWM), exact but including start-up.</summary>
    public double HighWaterMb => ProcStat.StatusMb(Pid, "VmHWM");

    public static ServerProcess Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start };
        var server = (ServerProcess?)null;
        void Keep(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null || server is null)
            {
                return;
            }
            lock (server._tail)
            {
                server._tail.Enqueue(e.Data);
                if (server._tail.Count > 40)
                {
                    server._tail.Dequeue();
                }
            }
        }
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.Start();
        server = new ServerProcess(process);
        // Always drained, or a chatty server would block on a full pipe.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>A TCP port free on the loopback interface now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Waits until GET <paramref name="probe"/> answers 200; fails with the server's last output if it exits or takes too long.</summary>
    public async Task WaitReadyAsync(Uri probe, TimeSpan bound, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.StartInfo.FileName} exited with {_process.ExitCode} before it was ready:\n{Tail}");
            }
            try
            {
                using var response = await http.GetAsync(probe, ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            // Start-up takes seconds; nothing to wait on but the port itself.
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"{probe} did not answer within {bound.TotalSeconds:0} s:\n{Tail}");
    }

    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join("\n", _tail);
            }
        }
    }

    private async Task SampleAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            do
            {
                var rss = ProcStat.StatusMb(Pid, "VmRSS");
                if (rss > _peakRssMb)
                {
                    Volatile.Write(ref _peakRssMb, rss);
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        await _stop.CancelAsync();
        await _sampling;
        Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
        _stop.Dispose();
    }
}
