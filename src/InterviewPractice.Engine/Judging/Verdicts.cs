using System.Collections.Immutable;
using System.Text.Json.Nodes;
using InterviewPractice.Problems;

namespace InterviewPractice.Judging;

/// <summary>The outcome of a submission or of one test.</summary>
public enum Verdict
{
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    RuntimeError,
    CompilationError,
    OutputLimitExceeded,

    /// <summary>The platform failed; never the user's fault.</summary>
    InternalError,
}

/// <summary>Run: samples and custom inputs, with details. Submit: every hidden case, verdicts only.</summary>
public enum JudgeMode
{
    Run,
    Submit,
}

/// <summary>Where a test came from; decides how much of it the user may see.</summary>
public enum TestKind
{
    Sample,
    Hidden,
    Custom,
}

/// <summary>What to judge.</summary>
/// <param name="CustomInputs">Run mode only: extra inputs (an object of arguments, or stdin text).</param>
/// <param name="Client">Who submitted (for per-client budgets); null for the platform's own runs.</param>
public sealed record JudgeRequest(Problem Problem, Language Language, string Code, JudgeMode Mode, ImmutableArray<JsonNode> CustomInputs, string? Client = null);

/// <summary>
/// One test's result. A hidden test has only its index and verdict: its time and memory would tell a patient
/// client about the hidden input (the submission as a whole shows its time and memory, as LeetCode does).
/// </summary>
public sealed record TestResult(
    int Index,
    TestKind Kind,
    Verdict Verdict,
    int? TimeMs,
    long? MemoryKb,
    string? Name = null,
    JsonNode? Input = null,
    JsonNode? Expected = null,
    JsonNode? Actual = null,
    string? Stdout = null,
    string? Message = null);

/// <summary>A submission's result.</summary>
public sealed record JudgeResult(
    Verdict Verdict,
    int Passed,
    int Total,
    ImmutableArray<TestResult> Tests,
    string? CompileOutput,
    int TimeMs,
    long? MemoryKb,
    string? Message);
