using System.Text;
using Docker.DotNet;

namespace InterviewPractice.Judging.Docker;

/// <summary>
/// The attached stdio of a container (without a TTY) through Docker.DotNet.Enhanced's
/// <see cref="MultiplexedStream"/>, which takes stdout's and stderr's frames apart: stdin written raw, reads
/// bounded (a container that floods its output cannot make the judge buffer without limit). Its socket is out of reach, so <see cref="Open"/> cannot poll it: instead at most one read is in
/// flight at any time and never cancelled (a caller's deadline only stops waiting for it, the next read takes it
/// up), and a read that has completed with end of stream, or failed, is the container's end being closed.
/// </summary>
public sealed class ContainerStream(MultiplexedStream stream) : IDisposable
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly MemoryStream _stdoutPending = new();
    private readonly StringBuilder _stderr = new();
    private long _stdoutTotal;
    private Task<MultiplexedStream.ReadResult>? _read;
    private volatile bool _disposed;

    /// <summary>The last bytes the container wrote to stderr (kept up to 8 KiB).</summary>
    public string Stderr => _stderr.ToString();

    /// <summary>Everything read from stdout so far, in bytes.</summary>
    public long StdoutBytes => _stdoutTotal;

    /// <summary>
    /// False once the container's end is known closed, without blocking: starts a read if none is in flight (a
    /// warm container writes nothing until it gets work) and looks whether it ended the stream. A read that
    /// brought bytes leaves the stream open; the next <see cref="ReadLineAsync"/> gets them.
    /// </summary>
    public bool Open
    {
        get
        {
            if (_disposed)
            {
                return false;
            }
            var read = _read ??= StartRead();
            return !read.IsCompleted || (read.IsCompletedSuccessfully && !read.Result.EOF);
        }
    }

    /// <summary>Writes one line to the container's stdin.</summary>
    public async Task WriteLineAsync(ReadOnlyMemory<byte> utf8Line, CancellationToken ct)
    {
        var bytes = new byte[utf8Line.Length + 1];
        utf8Line.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        // WaitAsync: a write into a container that stops reading its stdin ends at the caller's deadline even if
        // the library's stream did not honour the token.
        await stream.WriteAsync(bytes, 0, bytes.Length, ct).WaitAsync(ct);
    }

    /// <summary>Closes stdin: the runner sees end of input and exits.</summary>
    public void CloseStdin()
    {
        try
        {
            stream.CloseWrite();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
        }
    }

    /// <summary>
    /// Reads the next line of stdout. Returns null at end of stream. Throws <see cref="OutputLimitException"/>
    /// when a line grows past <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<string?> ReadLineAsync(int maxBytes, CancellationToken ct)
    {
        while (true)
        {
            var line = TakeLine();
            if (line is not null)
            {
                return line;
            }
            if (_stdoutPending.Length > maxBytes)
            {
                throw new OutputLimitException(_stdoutPending.Length);
            }
            if (!await ReadChunkAsync(maxBytes, ct))
            {
                return null;
            }
        }
    }

    private Task<MultiplexedStream.ReadResult> StartRead()
    {
        var read = stream.ReadOutputAsync(_chunk, 0, _chunk.Length, CancellationToken.None);
        // A read still in flight when the stream is disposed fails; nobody may be left to look at it.
        _ = read.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return read;
    }

    private async Task<bool> ReadChunkAsync(int maxBytes, CancellationToken ct)
    {
        var read = _read ??= StartRead();
        // Cancelling stops the wait, not the read: it stays in _read for the next call (or for Open).
        var result = await read.WaitAsync(ct);
        if (result.EOF)
        {
            // Kept: end of stream stays the end, for Open and for every later read.
            return false;
        }
        _read = null;
        if (result.Target == MultiplexedStream.TargetStream.StandardError)
        {
            AppendStderr(_chunk.AsSpan(0, result.Count));
            return true;
        }
        _stdoutTotal += result.Count;
        if (_stdoutPending.Length + result.Count > maxBytes + 1)
        {
            throw new OutputLimitException(_stdoutPending.Length + result.Count);
        }
        _stdoutPending.Write(_chunk, 0, result.Count);
        return true;
    }

    private string? TakeLine()
    {
        var buffer = _stdoutPending.GetBuffer();
        var length = (int)_stdoutPending.Length;
        var newline = Array.IndexOf(buffer, (byte)'\n', 0, length);
        if (newline < 0)
        {
            return null;
        }
        var line = Encoding.UTF8.GetString(buffer, 0, newline);
        var rest = length - newline - 1;
        Buffer.BlockCopy(buffer, newline + 1, buffer, 0, rest);
        _stdoutPending.SetLength(rest);
        return line;
    }

    private void AppendStderr(ReadOnlySpan<byte> bytes)
    {
        _stderr.Append(Encoding.UTF8.GetString(bytes));
        if (_stderr.Length > 8192)
        {
            _stderr.Remove(0, _stderr.Length - 8192);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        stream.Dispose();
    }
}

/// <summary>A container wrote more than the judge reads.</summary>
public sealed class OutputLimitException(long bytes) : Exception($"output exceeded the limit ({bytes} bytes)");
