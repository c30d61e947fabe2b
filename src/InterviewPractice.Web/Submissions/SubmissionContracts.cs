using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using InterviewPractice.Judging;

namespace InterviewPractice.Web.Submissions;

/// <summary>The body of <c>POST /api/submissions</c>.</summary>
public sealed record SubmissionRequest(string? Problem, string? Language, string? Code, string? Mode, JsonArray? CustomInputs);

/// <summary>The answer to a new submission: where to read and follow it.</summary>
public sealed record SubmissionAccepted(Guid Id, string Status, string StatusUrl, string EventsUrl);

/// <summary>A submission as clients see it.</summary>
public sealed record SubmissionView(
    Guid Id,
    string Problem,
    string Language,
    string Mode,
    string Status,
    Verdict? Verdict,
    int? Passed,
    int? Total,
    int? TimeMs,
    long? MemoryKb,
    IReadOnlyList<TestResult> Tests,
    string? CompileOutput,
    string? Message,
    DateTime CreatedAt,
    DateTime? FinishedAt)
{
    public static SubmissionView From(Submission s)
    {
        var result = s.ResultJson is null ? null : JsonSerializer.Deserialize<JudgeResult>(s.ResultJson, SubmissionJson.Options);
        return new SubmissionView(
            s.Id,
            s.Problem,
            s.Language,
            s.Mode.ToString().ToLowerInvariant(),
            s.Status.ToString().ToLowerInvariant(),
            result?.Verdict,
            result?.Passed,
            result?.Total,
            result?.TimeMs,
            result?.MemoryKb,
            result?.Tests.ToArray() ?? [],
            result?.CompileOutput,
            result?.Message,
            DateTime.SpecifyKind(s.CreatedAt, DateTimeKind.Utc),
            s.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null);
    }
}

/// <summary>How judge results are stored: the same JSON the API serves.</summary>
public static class SubmissionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
