using System.Diagnostics;
using InterviewPractice.Judging;
using InterviewPractice.Web.Submissions;

namespace InterviewPractice.Web.Telemetry;

/// <summary>
/// Carries a submission's trace across the queue: the creating request's W3C <c>traceparent</c> is stored with the
/// submission, and the judging starts as its child, so one trace runs from the POST to the containers to the verdict.
/// </summary>
internal static class SubmissionTracing
{
    /// <summary>The current request's <c>traceparent</c>, to store with a new submission; null outside a W3C trace.</summary>
    public static string? CurrentTraceParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>Starts the <c>judge.submission</c> span under the request that created <paramref name="submission"/>.</summary>
    public static Activity? StartJudging(Submission submission)
    {
        // A submission stored before traces were kept (or by a request outside one) starts a trace of its own.
        ActivityContext.TryParse(submission.TraceParent, null, isRemote: true, out var parent);
        var judging = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Submission, ActivityKind.Consumer, parent);
        judging?.SetTag(JudgeTelemetry.Tags.SubmissionId, submission.Id.ToString());
        judging?.SetTag(JudgeTelemetry.Tags.Problem, submission.Problem);
        judging?.SetTag(JudgeTelemetry.Tags.Language, submission.Language);
        judging?.SetTag(JudgeTelemetry.Tags.Mode, submission.Mode.ToString());
        judging?.SetTag("submission.attempt", submission.Attempts);
        return judging;
    }

    /// <summary>Starts the <c>judge.verdict</c> span around storing the verdict, and tags the judging with it.</summary>
    public static Activity? StartStoring(Verdict verdict)
    {
        var storing = JudgeTelemetry.Source.StartActivity(JudgeTelemetry.Spans.Verdict);
        storing?.SetTag(JudgeTelemetry.Tags.Verdict, verdict.ToString());
        if (storing?.Parent is { OperationName: JudgeTelemetry.Spans.Submission } judging)
        {
            judging.SetTag(JudgeTelemetry.Tags.Verdict, verdict.ToString());
        }
        return storing;
    }
}
