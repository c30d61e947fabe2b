using System.Text.Json.Serialization;
using System.Threading.Channels;
using InterviewPractice.Judging;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// Something that happened to a submission, pushed to whoever is waiting on it. Also the wire contract between
/// nodes (see <see cref="SubmissionMessage"/>): the type names below are what other nodes read.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmissionQueued), "queued")]
[JsonDerivedType(typeof(SubmissionStarted), "started")]
[JsonDerivedType(typeof(SubmissionProgress), "progress")]
[JsonDerivedType(typeof(SubmissionFinished), "finished")]
public abstract record SubmissionEvent(Guid Id);

/// <summary>A submission was stored: a wake-up for idle workers, so it is judged at once rather than at the next poll.</summary>
public sealed record SubmissionQueued(Guid Id) : SubmissionEvent(Id);

/// <summary>A worker started judging.</summary>
public sealed record SubmissionStarted(Guid Id) : SubmissionEvent(Id);

/// <summary>One test finished.</summary>
public sealed record SubmissionProgress(Guid Id, TestResult Test) : SubmissionEvent(Id);

/// <summary>The verdict is stored.</summary>
public sealed record SubmissionFinished(Guid Id) : SubmissionEvent(Id);

/// <summary>
/// The one path by which waiting clients on this node hear about a submission: this node's workers publish here
/// as they judge, <see cref="RedisSubmissionNotifier"/> publishes what other nodes' workers published, and
/// <see cref="SubmissionWatcher"/> publishes what the database says of submissions other nodes started or
/// judged. Each start and finish reaches a subscriber once, whichever path saw it first. Without Redis it is
/// also the <see cref="ISubmissionNotifier"/>: events then reach this node only.
/// </summary>
public sealed class SubmissionEvents : ISubmissionNotifier
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Topic> _topics = [];
    private TaskCompletionSource _watched = NewSignal();

    /// <summary>
    /// A wake-up for idle workers: a new local submission is judged at once rather than at the next poll. Only a
    /// signal (the queue is the database), so a few pending wake-ups are enough and the rest are dropped.
    /// </summary>
    public Channel<Guid> Queued { get; } = Channel.CreateBounded<Guid>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Listens to one submission's events until the subscription is disposed.</summary>
    public Subscription Subscribe(Guid id)
    {
        var channel = Channel.CreateBounded<SubmissionEvent>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            if (!_topics.TryGetValue(id, out var topic))
            {
                _topics[id] = topic = new Topic();
            }
            topic.Channels.Add(channel);
            _watched.TrySetResult();
        }
        return new Subscription(this, id, channel);
    }

    public void Publish(SubmissionEvent e)
    {
        if (e is SubmissionQueued)
        {
            Queued.Writer.TryWrite(e.Id);
            return;
        }
        lock (_gate)
        {
            if (!_topics.TryGetValue(e.Id, out var topic))
            {
                return;
            }
            topic.Known = e switch
            {
                SubmissionFinished => SubmissionStatus.Done,
                SubmissionStarted when topic.Known == SubmissionStatus.Queued => SubmissionStatus.Running,
                _ => topic.Known,
            };
            foreach (var channel in topic.Channels)
            {
                channel.Writer.TryWrite(e);
            }
        }
    }

    bool ISubmissionNotifier.ReachesOtherNodes => false;

    string? ISubmissionNotifier.Problem => null;

    // In one process nothing about the reach ever changes.
    event Action? ISubmissionNotifier.Changed
    {
        add { }
        remove { }
    }

    /// <summary>Publishes what the database says of a submission, unless this node already published it.</summary>
    public void Observe(Guid id, SubmissionStatus status)
    {
        SubmissionEvent? e;
        lock (_gate)
        {
            if (!_topics.TryGetValue(id, out var topic) || status <= topic.Known)
            {
                return;
            }
            e = status == SubmissionStatus.Done ? new SubmissionFinished(id) : new SubmissionStarted(id);
        }
        Publish(e);
    }

    /// <summary>Submissions someone waits on whose verdict has not been published yet.</summary>
    public IReadOnlyList<Guid> Watched()
    {
        lock (_gate)
        {
            return [.. _topics.Where(t => t.Value.Known != SubmissionStatus.Done).Select(t => t.Key)];
        }
    }

    /// <summary>Completes once anyone subscribes (at once if someone already has).</summary>
    public Task WhenWatchedAsync()
    {
        lock (_gate)
        {
            return _watched.Task;
        }
    }

    private void Unsubscribe(Guid id, Channel<SubmissionEvent> channel)
    {
        lock (_gate)
        {
            if (_topics.TryGetValue(id, out var topic) && topic.Channels.Remove(channel) && topic.Channels.Count == 0)
            {
                _topics.Remove(id);
                if (_topics.Count == 0)
                {
                    _watched = NewSignal();
                }
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Topic
    {
        public List<Channel<SubmissionEvent>> Channels { get; } = [];

        /// <summary>The furthest status published, so the database path does not repeat the local one.</summary>
        public SubmissionStatus Known { get; set; } = SubmissionStatus.Queued;
    }

    /// <summary>A live subscription; dispose it to stop listening.</summary>
    public sealed class Subscription(SubmissionEvents owner, Guid id, Channel<SubmissionEvent> channel) : IDisposable
    {
        public ChannelReader<SubmissionEvent> Reader => channel.Reader;

        /// <summary>Waits up to <paramref name="timeout"/> for the verdict; false if it did not come in time.</summary>
        public async Task<bool> WaitForFinishAsync(TimeSpan timeout, CancellationToken ct)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(timeout);
            try
            {
                while (await channel.Reader.ReadAsync(wait.Token) is not SubmissionFinished)
                {
                }
                return true;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return false;
            }
        }

        public void Dispose() => owner.Unsubscribe(id, channel);
    }
}
