using InterviewPractice.Judging;

namespace InterviewPractice.Web.Submissions;

/// <summary>Where a submission is in the queue.</summary>
public enum SubmissionStatus
{
    Queued,
    Running,
    Done,
}

/// <summary>A stored submission. The table is also the queue: durable before the API answers 202.</summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    public required string Problem { get; set; }
    public required string Language { get; set; }
    public required string Code { get; set; }
    public JudgeMode Mode { get; set; }
    public string? CustomInputsJson { get; set; }
    public SubmissionStatus Status { get; set; }
    public Verdict? Verdict { get; set; }
    public string? ResultJson { get; set; }

    /// <summary>The problem's <see cref="InterviewPractice.Problems.Problem.TestsVersion"/> the verdict was given against.</summary>
    public string? TestsVersion { get; set; }

    /// <summary>When an instructor asked for it to be judged again (its problem's tests changed); null if never.</summary>
    public DateTime? RejudgedAt { get; set; }

    /// <summary>The verdict it had before the last re-judge.</summary>
    public Verdict? PreviousVerdict { get; set; }
    public required string ClientId { get; set; }

    /// <summary>The account that sent it, when it was sent signed in (anyone may submit without one).</summary>
    public string? UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>The node judging it; with <see cref="LeaseUntil"/>, lets another node take over from a dead one.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }

    /// <summary>The creating request's W3C <c>traceparent</c>: the judging continues its trace.</summary>
    public string? TraceParent { get; set; }
}
