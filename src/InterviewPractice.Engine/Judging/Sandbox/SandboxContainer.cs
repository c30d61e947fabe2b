using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewPractice.Judging.Docker;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>What came back from a container when a protocol answer was awaited.</summary>
public enum ReceiveStatus
{
    /// <summary>A line arrived (to be read with <see cref="AnswerReader"/>).</summary>
    Line,

    /// <summary>The container's output ended: its process exited or was killed.</summary>
    Ended,

    /// <summary>Nothing arrived within the wall-clock limit.</summary>
    TimedOut,

    /// <summary>The container wrote more than the judge reads.</summary>
    OutputLimit,
}

/// <summary>A line from the container (or its absence) and the wall time it took.</summary>
public readonly record struct Received(ReceiveStatus Status, string? Line, TimeSpan Elapsed);

/// <summary>
/// A started sandbox container with its attached stdio. Speaks the line protocol of
/// <c>docs/sandbox-protocol.md</c>, and bounds every wait by a wall-clock limit measured here, outside the
/// container.
/// </summary>
public sealed class SandboxContainer(string id, ContainerStream stream, CgroupStats stats)
{
    public string Id { get; } = id;

    /// <summary>
    /// This container's secret, sent in <c>load</c> and echoed in every answer: a line without it was not written
    /// by the runner, whatever it looks like.
    /// </summary>
    public string Nonce { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public CgroupStats Stats { get; } = stats;

    /// <summary>What the container wrote on stderr (its tail).</summary>
    public string Stderr => stream.Stderr;

    /// <summary>Set once the container's output ended or a wait timed out: it must not be used again.</summary>
    public bool Broken { get; private set; }

    /// <summary>
    /// True unless the container's output has ended (checked without blocking): a runner that died while idle
    /// (its engine restarted, say) must not be handed out.
    /// </summary>
    public bool Alive => !Broken && stream.Open;

    /// <summary>
    /// Sends a message and waits for the answer, both within <paramref name="limit"/>: a container that stops
    /// reading its stdin (stopped, or blocking the harness's read) while a large input is written times out like
    /// one that never answers.
    /// </summary>
    public async Task<Received> ExchangeAsync<T>(T message, JsonTypeInfo<T> typeInfo, TimeSpan limit, int maxBytes, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            await stream.WriteLineAsync(JsonSerializer.SerializeToUtf8Bytes(message, typeInfo), timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Broken = true;
            return new Received(ReceiveStatus.TimedOut, null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (IOException)
        {
            Broken = true;
            return new Received(ReceiveStatus.Ended, null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        return await ReceiveAsync(started, timeout.Token, maxBytes, ct);
    }

    private async Task<Received> ReceiveAsync(long started, CancellationToken timeout, int maxBytes, CancellationToken ct)
    {
        string? line;
        try
        {
            line = await stream.ReadLineAsync(maxBytes, timeout);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Broken = true;
            return new Received(ReceiveStatus.TimedOut, null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (OutputLimitException)
        {
            Broken = true;
            return new Received(ReceiveStatus.OutputLimit, null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (IOException)
        {
            line = null;
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (line is null)
        {
            Broken = true;
            return new Received(ReceiveStatus.Ended, null, elapsed);
        }
        return new Received(ReceiveStatus.Line, line, elapsed);
    }

    /// <summary>
    /// Waits for the container's <c>ready</c> line (its runtime is up and warm) of this judge's protocol version.
    /// Null once ready; else why not, in words an operator can act on.
    /// </summary>
    public async Task<string?> WaitReadyAsync(string image, TimeSpan limit, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var received = await ReceiveAsync(System.Diagnostics.Stopwatch.GetTimestamp(), timeout.Token, 4096, ct);
        return received.Status == ReceiveStatus.Line
            ? AnswerReader.CheckReady(received.Line!, image)
            : $"it did not get ready within {limit.TotalSeconds:0} s";
    }

    /// <summary>
    /// Marks the container as not to be used again: something other than its runner wrote to the protocol stream,
    /// so nothing it says can be believed any more.
    /// </summary>
    public void Abandon() => Broken = true;

    /// <summary>Closes stdin so the runner exits on its own.</summary>
    public void Close() => stream.CloseStdin();

    internal void DisposeStream() => stream.Dispose();
}
