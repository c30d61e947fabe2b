using System.Diagnostics.Metrics;
using InterviewPractice.Judging;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Telemetry;

/// <summary>
/// The queue's instruments, on the judge's meter: queue depth (queued and running, read from the database at most
/// once a second however often metrics are collected), submit-to-verdict time per language and mode, and verdicts
/// per verdict and language. The depth is the database's, so every node reports the same value: aggregate it with
/// max, not sum.
/// </summary>
public sealed partial class SubmissionMetrics
{
    private static readonly TimeSpan DepthCacheFor = TimeSpan.FromSeconds(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<SubmissionMetrics> _logger;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _verdicts;
    private readonly Lock _depthLock = new();
    private Measurement<int>[] _depth = [];
    private long _depthReadAt = long.MinValue;

    public SubmissionMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, IOptions<JudgeOptions> judge, ILogger<SubmissionMetrics> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        var meter = JudgeTelemetry.CreateMeter(meters, judge.Value);
        meter.CreateObservableGauge("judge.queue.depth", ReadDepth, "{submission}", "Submissions queued and being judged (tag status), over all nodes.");
        _duration = meter.CreateHistogram("judge.submission.duration", "s", "Time from a submission's arrival to its stored verdict, queueing included.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
        _verdicts = meter.CreateCounter<long>("judge.verdicts", "{submission}", "Verdicts stored, per verdict and language.");
    }

    /// <summary>Records a stored verdict: counted, and its submit-to-verdict time (CreatedAt to FinishedAt).</summary>
    public void Judged(Submission submission, Verdict verdict, DateTime finishedAt)
    {
        // A re-judge is timed from when it was asked for, not from the original submission.
        _duration.Record((finishedAt - (submission.RejudgedAt ?? submission.CreatedAt)).TotalSeconds,
            new(JudgeTelemetry.Tags.Language, submission.Language), new(JudgeTelemetry.Tags.Mode, submission.Mode.ToString()));
        _verdicts.Add(1, new(JudgeTelemetry.Tags.Verdict, verdict.ToString()), new(JudgeTelemetry.Tags.Language, submission.Language));
    }

    // Observable instruments are read synchronously, on the collector's thread (a scrape, an export): one small
    // grouped count over the (Status, CreatedAt) index, reused for a second so scrapers cannot load the database.
    private Measurement<int>[] ReadDepth()
    {
        lock (_depthLock)
        {
            var now = _clock.GetTimestamp();
            if (_clock.GetElapsedTime(_depthReadAt, now) < DepthCacheFor && _depthReadAt != long.MinValue)
            {
                return _depth;
            }
            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var counts = db.Submissions.Where(s => s.Status != SubmissionStatus.Done)
                    .GroupBy(s => s.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToList();
                _depth = [.. new[] { SubmissionStatus.Queued, SubmissionStatus.Running }.Select(status => new Measurement<int>(
                    counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0,
                    new KeyValuePair<string, object?>(JudgeTelemetry.Tags.Status, status.ToString().ToLowerInvariant())))];
            }
            catch (Exception e)
            {
                // No value is better than a stale one presented as current; /health says why the database fails.
                LogDepthFailed(e.Message);
                _depth = [];
            }
            _depthReadAt = now;
            return _depth;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the queue depth for metrics failed: {Error}")]
    private partial void LogDepthFailed(string error);
}
