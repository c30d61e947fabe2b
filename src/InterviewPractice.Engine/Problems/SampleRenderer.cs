using System.Text;
using System.Text.Json.Nodes;

namespace InterviewPractice.Problems;

/// <summary>
/// Appends the sample cases to a statement as LeetCode-style examples, so authors never copy samples into
/// prose (where they would drift from the tests).
/// </summary>
public static class SampleRenderer
{
    /// <summary>The statement's Markdown followed by one "Example" section per sample.</summary>
    public static string AppendExamples(string statement, IReadOnlyList<TestCase> samples)
    {
        if (samples.Count == 0)
        {
            return statement;
        }
        var md = new StringBuilder(statement.TrimEnd()).Append("\n\n");
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            md.Append($"#### Example {i + 1}\n\n");
            md.Append("```text\n");
            if (sample.Input is JsonObject args)
            {
                md.Append("Input: ").Append(string.Join(", ", args.Select(a => $"{a.Key} = {Compact(a.Value)}"))).Append('\n');
                md.Append("Output: ").Append(Compact(sample.Output)).Append('\n');
            }
            else
            {
                md.Append("Input:\n").Append(Fence(sample.Input.GetValue<string>()));
                md.Append("Output:\n").Append(Fence(sample.Output.GetValue<string>()));
            }
            md.Append("```\n\n");
            if (!string.IsNullOrWhiteSpace(sample.Explain))
            {
                md.Append("*Explanation:* ").Append(sample.Explain.Trim()).Append("\n\n");
            }
        }
        return md.ToString();
    }

    private static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";

    // A line of three backticks inside a sample would close the fence early; samples are plain data.
    private static string Fence(string text) => text.Replace("```", "'''", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
