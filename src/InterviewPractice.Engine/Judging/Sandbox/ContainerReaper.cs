using System.Threading.Channels;
using InterviewPractice.Judging.Docker;
using Microsoft.Extensions.Logging;

namespace InterviewPractice.Judging.Sandbox;

/// <summary>
/// Removes used containers off the verdict's critical path. Every container handed here is removed (retried on
/// failure); at shutdown the queue is drained; whatever a killed server leaves behind, the next start sweeps
/// by label.
/// </summary>
public sealed partial class ContainerReaper(DockerClient docker, ILogger<ContainerReaper> logger)
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private int _pending;

    /// <summary>Containers waiting to be removed.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Schedules a container's removal.</summary>
    public void Remove(string id)
    {
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(id);
    }

    /// <summary>No more removals will be scheduled: <see cref="RunAsync"/> finishes once the queue is empty.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>
    /// Removes containers until <see cref="Complete"/> is called and every scheduled removal is done. Not tied to
    /// the host's stopping token on purpose: at shutdown the pools discard their idle containers, and those
    /// must still be removed.
    /// </summary>
    public async Task RunAsync()
    {
        var running = new List<Task>();
        await foreach (var id in _queue.Reader.ReadAllAsync())
        {
            running.Add(RemoveOneAsync(id, CancellationToken.None));
            // A few removals at once: the engine handles them in parallel, one by one is slower.
            if (running.Count >= 4)
            {
                await Task.WhenAny(running);
                running.RemoveAll(t => t.IsCompleted);
            }
        }
        await Task.WhenAll(running);
    }

    // Never throws: whatever the engine does (refuses, hangs past the client's timeout, restarts), the removal is
    // retried a few times and then left to the next start's sweep, and the pending count stays true.
    private async Task RemoveOneAsync(string id, CancellationToken ct)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await docker.RemoveAsync(id, ct);
                    break;
                }
                catch (Exception e) when (attempt < 6)
                {
                    // Backs off over about six seconds: long enough to outlast an engine restart.
                    LogRetry(id, e.Message);
                    await Task.Delay(200 * (1 << (attempt - 1)), ct);
                }
                catch (Exception e)
                {
                    LogFailed(id, e.Message);
                    break;
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing container {Id} failed, retrying: {Error}")]
    private partial void LogRetry(string id, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not remove container {Id}; the next start sweeps it: {Error}")]
    private partial void LogFailed(string id, string error);
}
