using System.Diagnostics;
using InterviewPractice.Judging;
using InterviewPractice.Web.Tests.Infrastructure;
using OpenTelemetry.Metrics;

namespace InterviewPractice.Web.Tests.Telemetry;

/// <summary>An app whose telemetry is captured in memory; cold runners only, so every rent calls the engine.</summary>
public sealed class TelemetryApp : JudgeApp
{
    public TelemetryApp()
        : this(new CapturedTelemetry())
    {
    }

    private TelemetryApp(CapturedTelemetry telemetry)
        : base(telemetry.AddTo) =>
        Telemetry = telemetry;

    public CapturedTelemetry Telemetry { get; }

    /// <summary>The judging span of submission <paramref name="id"/>, once it has ended (its verdict stored and counted).</summary>
    public Task<Activity> JudgingAsync(string id) =>
        Telemetry.EndedAsync(a => a.OperationName == JudgeTelemetry.Spans.Submission && (string?)a.GetTagItem(JudgeTelemetry.Tags.SubmissionId) == id, $"judge.submission of {id}");
}

/// <summary>
/// What operators see of a judging: the submit-to-verdict histogram and verdict counter, the pool gauges, and one
/// trace from the POST that created a submission through its judging to every test. Real judge, real Docker.
/// </summary>
[Collection(JudgeCollection.Name)]
public sealed class JudgeTelemetryTests(TelemetryApp fixture) : IClassFixture<TelemetryApp>
{
    [Fact]
    public async Task AStoredVerdictIsTimedPerLanguageAndModeAndCountedPerVerdictAndLanguage()
    {
        var id = await SubmissionClient.SubmitAsync(fixture.Client, "two-sum", "python", SubmissionClient.Reference("two-sum", "python"));
        Assert.Equal("Accepted", (string?)(await SubmissionClient.WaitAsync(fixture.Client, id))["verdict"]);
        await fixture.JudgingAsync(id);

        var metrics = fixture.Telemetry.CollectMetrics(fixture.App.Services);

        var duration = Mine(metrics, "judge.submission.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Contains(Points(duration), p => Tag(p, "language") == "python" && Tag(p, "mode") == "Submit" && p.GetHistogramCount() >= 1 && p.GetHistogramSum() > 0);
        var verdicts = Mine(metrics, "judge.verdicts");
        Assert.Contains(Points(verdicts), p => Tag(p, "verdict") == "Accepted" && Tag(p, "language") == "python" && p.GetSumLong() >= 1);
    }

    [Fact]
    public async Task OneTraceRunsFromThePostThroughTheJudgingToEachTestAndTheVerdict()
    {
        var id = await SubmissionClient.SubmitAsync(fixture.Client, "two-sum", "csharp", SubmissionClient.Reference("two-sum", "csharp"));
        var result = await SubmissionClient.WaitAsync(fixture.Client, id);
        Assert.Equal("Accepted", (string?)result["verdict"]);

        var judging = await fixture.JudgingAsync(id);
        var post = await fixture.Telemetry.EndedAsync(a => a.TraceId == judging.TraceId && a.SpanId == judging.ParentSpanId, "the POST that created the submission");
        Assert.Equal(ActivityKind.Server, post.Kind);
        Assert.Equal("POST", post.GetTagItem("http.request.method"));
        Assert.Equal("/api/submissions", post.GetTagItem("url.path"));
        Assert.Equal(default, post.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, judging.Kind);
        Assert.Equal("two-sum", judging.GetTagItem(JudgeTelemetry.Tags.Problem));
        Assert.Equal("csharp", judging.GetTagItem(JudgeTelemetry.Tags.Language));
        Assert.Equal("Submit", judging.GetTagItem(JudgeTelemetry.Tags.Mode));
        Assert.Equal("Accepted", judging.GetTagItem(JudgeTelemetry.Tags.Verdict));

        var trace = fixture.Telemetry.Trace(judging.TraceId);
        var byId = trace.ToDictionary(s => s.SpanId);
        // Every span of the trace hangs, parent by parent, from the POST.
        Assert.All(trace, span =>
        {
            var at = span;
            for (var hops = 0; at.SpanId != post.SpanId; hops++)
            {
                Assert.True(hops < 10 && byId.TryGetValue(at.ParentSpanId, out at), $"{span.OperationName} does not lead back to the POST");
            }
        });
        Activity[] Children(string name) => [.. trace.Where(s => s.OperationName == name && s.ParentSpanId == judging.SpanId)];

        Assert.Equal(true, Assert.Single(Children(JudgeTelemetry.Spans.Compile)).GetTagItem("judge.compile.ok"));
        var rent = Assert.Single(Children(JudgeTelemetry.Spans.Rent));
        Assert.Equal("cold", rent.GetTagItem(JudgeTelemetry.Tags.Runner));
        // A cold runner is created, attached and started through the engine's API: those calls are the rent's children.
        var engineCalls = trace.Where(s => s.Kind == ActivityKind.Client && s.ParentSpanId == rent.SpanId).Select(s => s.OperationName).ToList();
        Assert.Contains("docker create container", engineCalls);
        Assert.Contains("docker start container", engineCalls);
        Assert.Contains("docker attach to container", engineCalls);
        Assert.Single(Children(JudgeTelemetry.Spans.Load));
        var tests = Children(JudgeTelemetry.Spans.Test).OrderBy(s => (int)s.GetTagItem(JudgeTelemetry.Tags.TestIndex)!).ToList();
        Assert.Equal((int)result["total"]!, tests.Count);
        Assert.Equal(Enumerable.Range(0, tests.Count), tests.Select(s => (int)s.GetTagItem(JudgeTelemetry.Tags.TestIndex)!));
        Assert.All(tests, s =>
        {
            Assert.Equal("Hidden", s.GetTagItem(JudgeTelemetry.Tags.TestKind));
            Assert.Equal("Accepted", s.GetTagItem(JudgeTelemetry.Tags.Verdict));
            // Index, kind and verdict: nothing of a hidden test's input or answer.
            Assert.Equal(["judge.test.index", "judge.test.kind", "verdict"], s.TagObjects.Select(t => t.Key).Order().ToArray());
        });
        Assert.Equal("Accepted", Assert.Single(Children(JudgeTelemetry.Spans.Verdict)).GetTagItem(JudgeTelemetry.Tags.Verdict));
    }

    [Fact]
    public void WarmPoolAndCompilerGaugesReportThisJudgesValuesPerLanguageAndTheQueueItsDepth()
    {
        var metrics = fixture.Telemetry.CollectMetrics(fixture.App.Services);

        foreach (var name in new[] { "judge.pool.idle", "judge.pool.target" })
        {
            var mine = Points(Mine(metrics, name));
            // Judge:WarmPerLanguage=0 here: no runner is kept idle, and none is aimed for.
            Assert.Equal("csharp,javascript,python", string.Join(",", mine.Select(p => Tag(p, "language")).Order()));
            Assert.All(mine, p => Assert.Equal(0, p.GetGaugeLastValueLong()));
        }
        var compilers = Assert.Single(Points(Mine(metrics, "judge.compilers")));
        Assert.InRange(compilers.GetGaugeLastValueLong(), 0, 1);
        var depth = Points(Mine(metrics, "judge.queue.depth"));
        Assert.Equal("queued,running", string.Join(",", depth.Select(p => Tag(p, "status")).Distinct().Order()));
    }

    // Every app in the test process is heard by every meter provider: this app's judge instruments are those of
    // the meter tagged with its node.
    private Metric Mine(IReadOnlyList<Metric> metrics, string name) =>
        metrics.SingleOrDefault(m => m.Name == name && (m.MeterTags ?? []).Any(t => t.Key == "node" && (string?)t.Value == fixture.App.NodeId))
        ?? throw new Xunit.Sdk.XunitException($"No metric {name} of node {fixture.App.NodeId} among {string.Join(", ", metrics.Select(m => m.Name).Distinct())}.");

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }
        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }
        return null;
    }
}
