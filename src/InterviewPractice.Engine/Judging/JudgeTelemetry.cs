using System.Diagnostics;
using System.Diagnostics.Metrics;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>
/// The judge's traces and metrics, under one name (<see cref="Name"/>) for both the <see cref="ActivitySource"/>
/// and the <see cref="Meter"/>. A judging is one <c>judge.submission</c> span with children for the compile, the
/// runner's rent (warm or cold), the load, each test and the stored verdict. Spans carry indexes, kinds and
/// verdicts, never inputs, values or printed output.
/// </summary>
public static class JudgeTelemetry
{
    /// <summary>The name of the judge's activity source and meter.</summary>
    public const string Name = "InterviewPractice.Judge";

    /// <summary>The judge's spans.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>Span names.</summary>
    public static class Spans
    {
        public const string Submission = "judge.submission";
        public const string Compile = "judge.compile";
        public const string Rent = "judge.rent";
        public const string Load = "judge.load";
        public const string Test = "judge.test";
        public const string Verdict = "judge.verdict";
    }

    /// <summary>Tag names, on spans and on measurements.</summary>
    public static class Tags
    {
        public const string SubmissionId = "submission.id";
        public const string Problem = "submission.problem";
        public const string Language = "language";
        public const string Mode = "mode";
        public const string Verdict = "verdict";
        public const string Runner = "judge.runner";
        public const string TestIndex = "judge.test.index";
        public const string TestKind = "judge.test.kind";
        public const string Status = "status";
        public const string Node = "node";
    }

    /// <summary>
    /// The judge's meter of this node: tagged with <see cref="JudgeOptions.NodeId"/>, so the instruments of judges
    /// sharing a process (tests) or a collector stay apart.
    /// </summary>
    public static Meter CreateMeter(IMeterFactory meters, JudgeOptions options) =>
        meters.Create(new MeterOptions(Name) { Tags = [new(Tags.Node, options.NodeId)] });

    /// <summary>Marks the current <c>judge.test</c> span with the test's graded verdict (no-op elsewhere).</summary>
    internal static void Graded(TestResult result)
    {
        if (Activity.Current is { OperationName: Spans.Test } test)
        {
            test.SetTag(Tags.TestKind, result.Kind.ToString());
            test.SetTag(Tags.Verdict, result.Verdict.ToString());
        }
    }
}

/// <summary>
/// The warm pool's and compilers' gauges: idle runners and the pool's target per language, compilers alive. Read
/// when metrics are collected, from counters the pools keep anyway.
/// </summary>
public sealed class JudgeMetrics
{
    public JudgeMetrics(IMeterFactory meters, SandboxPool pool, CompilerPool compilers, IOptions<JudgeOptions> options)
    {
        var meter = JudgeTelemetry.CreateMeter(meters, options.Value);
        meter.CreateObservableGauge("judge.pool.idle", () => PerLanguage(pool.IdleCount), "{container}", "Idle warm runner containers, per language.");
        meter.CreateObservableGauge("judge.pool.target", () => PerLanguage(pool.Target), "{container}", "Idle runners the warm pool aims to keep now, per language (grows with arrivals).");
        meter.CreateObservableGauge("judge.compilers", () => compilers.Alive, "{container}", "C# compiler containers started and not known to be dead.");
    }

    private static IEnumerable<Measurement<int>> PerLanguage(Func<Language, int> read) =>
        Enum.GetValues<Language>().Select(l => new Measurement<int>(read(l), new KeyValuePair<string, object?>(JudgeTelemetry.Tags.Language, l.Id())));
}
