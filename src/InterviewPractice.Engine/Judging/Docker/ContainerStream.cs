namespace InterviewPractice.Judging.Docker;

/// <summary>
/// The attached stdio of a container (without a TTY): stdin written raw, stdout and stderr read apart. Reads are
/// bounded: a container that floods its output cannot make the judge buffer without limit.
/// </summary>
public abstract class ContainerStream : IDisposable
{
    /// <summary>The last bytes the container wrote to stderr (kept up to 8 KiB).</summary>
    public abstract string Stderr { get; }

    /// <summary>Everything read from stdout so far, in bytes.</summary>
    public abstract long StdoutBytes { get; }

    /// <summary>
    /// False once the container's end of the stream is known to be closed, checked without blocking. A warm
    /// container that has said "ready" writes nothing more until it gets work, so anything readable is either its
    /// death or a protocol violation.
    /// </summary>
    public abstract bool Open { get; }

    /// <summary>Writes one line to the container's stdin.</summary>
    public abstract Task WriteLineAsync(ReadOnlyMemory<byte> utf8Line, CancellationToken ct);

    /// <summary>Closes stdin: the runner sees end of input and exits.</summary>
    public abstract void CloseStdin();

    /// <summary>
    /// Reads the next line of stdout. Returns null at end of stream. Throws <see cref="OutputLimitException"/>
    /// when a line grows past <paramref name="maxBytes"/>.
    /// </summary>
    public abstract Task<string?> ReadLineAsync(int maxBytes, CancellationToken ct);

    public abstract void Dispose();
}

/// <summary>A container wrote more than the judge reads.</summary>
public sealed class OutputLimitException(long bytes) : Exception($"output exceeded the limit ({bytes} bytes)");
