using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>
/// The real web app as a separate process (<c>dotnet InterviewPractice.Web.dll</c>), for what an in-process host
/// cannot show: a <c>kill -9</c>. Its standard output is kept line by line.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _waiters = [];
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Every line written to standard output and error so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Starts the app on a free loopback port with <paramref name="settings"/> as command-line settings.</summary>
    public static ServerProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var dll = Path.Combine(AppContext.BaseDirectory, "InterviewPractice.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start");
        var server = new ServerProcess(process, address);
        var open = 2;
        void Line(DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                if (Interlocked.Decrement(ref open) == 0)
                {
                    server._outputClosed.TrySetResult();
                }
                return;
            }
            server._output.Enqueue(e.Data);
            server.Printed(e.Data);
        }
        process.OutputDataReceived += (_, e) => Line(e);
        process.ErrorDataReceived += (_, e) => Line(e);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until the server logs that its judge is ready, or fails with what the process printed.</summary>
    public Task WaitForJudgeAsync(double seconds = 90) =>
        WaitForLineAsync(line => line.Contains("Judge ready:", StringComparison.Ordinal), "its judge ready", seconds);

    /// <summary>
    /// Waits until the process prints a line <paramref name="match"/> accepts (one printed already counts), woken
    /// by the line itself; fails with what it printed if it exits first or <paramref name="seconds"/> pass.
    /// </summary>
    public async Task WaitForLineAsync(Func<string, bool> match, string what, double seconds)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (_output.Any(match))
            {
                return;
            }
            _waiters.Add((match, seen));
        }
        var exited = _process.WaitForExitAsync();
        try
        {
            await Task.WhenAny(seen.Task, exited).WaitAsync(TimeSpan.FromSeconds(seconds));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The server did not print {what} within {seconds} s:\n{string.Join('\n', _output)}");
        }
        if (!seen.Task.IsCompleted)
        {
            Assert.Fail($"The server exited ({_process.ExitCode}) before it printed {what}:\n{string.Join('\n', _output)}");
        }
    }

    private void Printed(string line)
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary><c>kill -9</c>: the process gets no chance to do anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM, as an orchestrator stops it, then waits for it to exit and its output to end.</summary>
    public async Task StopAsync(double seconds = 60)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(seconds));
        await _outputClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
