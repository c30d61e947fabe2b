using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InterviewPractice.Web.Tests.Telemetry;

/// <summary>
/// The app's spans and metrics, through OpenTelemetry's in-memory exporters added to the app's own providers.
/// Activity sources and meters are process-wide, so spans of other apps under test land here too: tests pick
/// theirs by trace id, submission id or node tag. Ended spans can be awaited, so tests never poll.
/// </summary>
public sealed class CapturedTelemetry
{
    private readonly LockedList<Activity> _spans = new();
    private readonly LockedList<Metric> _metrics = new();
    private readonly SpanEnds _ends = new();

    /// <summary>Adds the exporters to the app's tracer and meter providers (use as the test app's services hook).</summary>
    public void AddTo(IServiceCollection services) =>
        services.AddOpenTelemetry()
            // Exporter first: a span is stored before anyone awaiting its end hears of it.
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans).AddProcessor(_ends))
            // Collected only when a test asks, so what it reads is not changed under it by a periodic export.
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics, reader => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = Timeout.Infinite));

    /// <summary>Every ended span of <paramref name="trace"/>.</summary>
    public IReadOnlyList<Activity> Trace(ActivityTraceId trace) => _spans.Where(a => a.TraceId == trace);

    /// <summary>The first span to end that matches, waiting for it within a bound.</summary>
    public async Task<Activity> EndedAsync(Func<Activity, bool> match, string what, double seconds = 90)
    {
        try
        {
            return await _ends.When(match).WaitAsync(TimeSpan.FromSeconds(seconds));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No span '{what}' ended within {seconds} s.");
        }
    }

    /// <summary>Collects metrics now (cumulative since start); valid until the next collection.</summary>
    public IReadOnlyList<Metric> CollectMetrics(IServiceProvider services)
    {
        _metrics.Clear();
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "metrics were not collected within 10 s");
        return _metrics.Where(_ => true);
    }

    /// <summary>Completes waiters as matching spans end; remembers ended spans for waiters that come later.</summary>
    private sealed class SpanEnds : BaseProcessor<Activity>
    {
        private readonly Lock _lock = new();
        private readonly List<Activity> _ended = [];
        private readonly List<(Func<Activity, bool> Match, TaskCompletionSource<Activity> Ended)> _waiters = [];

        public Task<Activity> When(Func<Activity, bool> match)
        {
            lock (_lock)
            {
                if (_ended.FirstOrDefault(match) is { } ended)
                {
                    return Task.FromResult(ended);
                }
                var waiter = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, waiter));
                return waiter.Task;
            }
        }

        public override void OnEnd(Activity data)
        {
            lock (_lock)
            {
                _ended.Add(data);
                foreach (var waiter in _waiters.Where(w => w.Match(data)).ToList())
                {
                    waiter.Ended.TrySetResult(data);
                    _waiters.Remove(waiter);
                }
            }
        }
    }

    /// <summary>A list the exporters add to on their threads while tests read it.</summary>
    private sealed class LockedList<T> : ICollection<T>
    {
        private readonly Lock _lock = new();
        private readonly List<T> _items = [];

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public IReadOnlyList<T> Where(Func<T, bool> match)
        {
            lock (_lock)
            {
                return [.. _items.Where(match)];
            }
        }

        public void Add(T item)
        {
            lock (_lock)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            lock (_lock)
            {
                _items.Clear();
            }
        }

        public bool Contains(T item)
        {
            lock (_lock)
            {
                return _items.Contains(item);
            }
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            lock (_lock)
            {
                _items.CopyTo(array, arrayIndex);
            }
        }

        public bool Remove(T item)
        {
            lock (_lock)
            {
                return _items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Where(_ => true).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
