using System.Collections.Concurrent;
using System.Threading.Channels;
using InterviewPractice.Judging;

namespace InterviewPractice.Web.Submissions;

/// <summary>Something that happened to a submission, pushed to whoever is waiting on it.</summary>
public abstract record SubmissionEvent(Guid Id);

/// <summary>A worker started judging.</summary>
public sealed record SubmissionStarted(Guid Id) : SubmissionEvent(Id);

/// <summary>One test finished.</summary>
public sealed record SubmissionProgress(Guid Id, TestResult Test) : SubmissionEvent(Id);

/// <summary>The verdict is stored.</summary>
public sealed record SubmissionFinished(Guid Id) : SubmissionEvent(Id);

/// <summary>
/// In-process fan-out of submission events, so a waiting client hears of progress without polling the
/// database. Another node's events do not arrive here; readers fall back to the database for those.
/// </summary>
public sealed class SubmissionEvents
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<SubmissionEvent>, byte>> _subscribers = new();

    /// <summary>
    /// A wake-up for idle workers: a new local submission is judged at once rather than at the next poll. Only a
    /// signal (the queue is the database), so a few pending wake-ups are enough and the rest are dropped.
    /// </summary>
    public Channel<Guid> Queued { get; } = Channel.CreateBounded<Guid>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Listens to one submission's events until the subscription is disposed.</summary>
    public Subscription Subscribe(Guid id)
    {
        var channel = Channel.CreateBounded<SubmissionEvent>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers.GetOrAdd(id, _ => new()).TryAdd(channel, 0);
        return new Subscription(this, id, channel);
    }

    public void Publish(SubmissionEvent e)
    {
        if (_subscribers.TryGetValue(e.Id, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(e);
            }
        }
    }

    private void Unsubscribe(Guid id, Channel<SubmissionEvent> channel)
    {
        if (_subscribers.TryGetValue(id, out var channels))
        {
            channels.TryRemove(channel, out _);
            if (channels.IsEmpty)
            {
                _subscribers.TryRemove(KeyValuePair.Create(id, channels));
            }
        }
    }

    /// <summary>A live subscription; dispose it to stop listening.</summary>
    public sealed class Subscription(SubmissionEvents owner, Guid id, Channel<SubmissionEvent> channel) : IDisposable
    {
        public ChannelReader<SubmissionEvent> Reader => channel.Reader;

        public void Dispose() => owner.Unsubscribe(id, channel);
    }
}
