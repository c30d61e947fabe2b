using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace InterviewPractice.Judging.Docker;

/// <summary>
/// The hand-written client's attached stdio of a container (without a TTY): stdin is written raw; stdout and stderr come back
/// multiplexed in frames of an 8-byte header (stream, 0, 0, 0, big-endian length) and a payload.
/// Reads are bounded: a container that floods its output cannot make the judge buffer without limit.
/// </summary>
internal sealed class BuiltinContainerStream(NetworkStream stream) : ContainerStream
{
    private readonly byte[] _header = new byte[8];
    private readonly MemoryStream _stdoutPending = new();
    private readonly StringBuilder _stderr = new();
    private long _stdoutTotal;

    /// <summary>The last bytes the container wrote to stderr (kept up to 8 KiB).</summary>
    public override string Stderr => _stderr.ToString();

    /// <summary>Everything read from stdout so far, in bytes.</summary>
    public override long StdoutBytes => _stdoutTotal;

    /// <summary>
    /// False once the container's end of the stream is known to be closed, checked without blocking: readable
    /// with nothing to read means end of stream. A warm container that has said "ready" writes nothing more
    /// until it gets work, so anything readable is either its death or a protocol violation.
    /// </summary>
    public override bool Open
    {
        get
        {
            try
            {
                return !(stream.Socket.Poll(0, SelectMode.SelectRead) && stream.Socket.Available == 0);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>Writes one line to the container's stdin.</summary>
    public override async Task WriteLineAsync(ReadOnlyMemory<byte> utf8Line, CancellationToken ct)
    {
        await stream.WriteAsync(utf8Line, ct);
        await stream.WriteAsync("\n"u8.ToArray(), ct);
        await stream.FlushAsync(ct);
    }

    /// <summary>Closes stdin: the runner sees end of input and exits.</summary>
    public override void CloseStdin()
    {
        try
        {
            stream.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>
    /// Reads the next line of stdout. Returns null at end of stream. Throws <see cref="OutputLimitException"/>
    /// when a line grows past <paramref name="maxBytes"/>.
    /// </summary>
    public override async Task<string?> ReadLineAsync(int maxBytes, CancellationToken ct)
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
            if (!await ReadFrameAsync(maxBytes, ct))
            {
                return null;
            }
        }
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

    private async Task<bool> ReadFrameAsync(int maxBytes, CancellationToken ct)
    {
        if (!await ReadExactlyOrEndAsync(_header, ct))
        {
            return false;
        }
        var kind = _header[0];
        var size = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4));
        var remaining = (long)size;
        var chunk = new byte[Math.Min(remaining, 64 * 1024)];
        while (remaining > 0)
        {
            var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(remaining, chunk.Length)), ct);
            if (read == 0)
            {
                return false;
            }
            remaining -= read;
            if (kind == 2)
            {
                AppendStderr(chunk.AsSpan(0, read));
            }
            else
            {
                _stdoutTotal += read;
                if (_stdoutPending.Length + read > maxBytes + 1)
                {
                    throw new OutputLimitException(_stdoutPending.Length + read);
                }
                _stdoutPending.Write(chunk, 0, read);
            }
        }
        return true;
    }

    private void AppendStderr(ReadOnlySpan<byte> bytes)
    {
        _stderr.Append(Encoding.UTF8.GetString(bytes));
        if (_stderr.Length > 8192)
        {
            _stderr.Remove(0, _stderr.Length - 8192);
        }
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken ct)
    {
        var offset = 0;
        while (offset < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(offset), ct);
            if (read == 0)
            {
                return false;
            }
            offset += read;
        }
        return true;
    }

    public override void Dispose() => stream.Dispose();
}
