using System.Text;
using System.Text.Json;
using InterviewPractice.Judging;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// The last guard on what is stored per submission: a result larger than the limit loses, in turn, the tests'
/// actual values and printed output, then their inputs, expected values and messages and the compile output,
/// and says so in its message. The verdict, counts, times and memory always survive.
/// </summary>
public static class StoredResult
{
    public static string Bound(string json, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(json) <= maxBytes)
        {
            return json;
        }
        var result = JsonSerializer.Deserialize<JudgeResult>(json, SubmissionJson.Options)
            ?? throw new ArgumentException("The result is not a judge result.", nameof(json));
        var note = $"The result was larger than {maxBytes / 1024} KiB, so it was truncated: the tests' actual values and printed output are not shown.";
        var outputsDropped = result with
        {
            Tests = [.. result.Tests.Select(t => t with { Actual = null, Stdout = null })],
            Message = Append(result.Message, note),
        };
        var smaller = JsonSerializer.Serialize(outputsDropped, SubmissionJson.Options);
        if (Encoding.UTF8.GetByteCount(smaller) <= maxBytes)
        {
            return smaller;
        }
        var bare = result with
        {
            Tests = [.. result.Tests.Select(t => new TestResult(t.Index, t.Kind, t.Verdict, t.TimeMs, t.MemoryKb, t.Name))],
            CompileOutput = null,
            Message = Append(null, $"The result was larger than {maxBytes / 1024} KiB, so it was truncated to each test's verdict, time and memory."),
        };
        return JsonSerializer.Serialize(bare, SubmissionJson.Options);
    }

    private static string Append(string? message, string note) => string.IsNullOrEmpty(message) ? note : $"{message} ({note})";
}
