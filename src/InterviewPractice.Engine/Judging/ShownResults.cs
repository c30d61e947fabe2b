using System.Text.Json.Nodes;

namespace InterviewPractice.Judging;

/// <summary>
/// What a submission's visible tests keep of returned values and printed output: each value and each test's
/// output up to a size, and all of them together up to a total, so a run that returns millions of elements for
/// every input stores and serves kilobytes. Whatever is cut says so.
/// </summary>
internal sealed class ShownResults(JudgeOptions options)
{
    private long _total;
    private bool _cut;

    /// <summary>The value as it is kept: itself, or its JSON text cut short with a note.</summary>
    public JsonNode? Value(JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }
        var text = value.ToJsonString();
        if (text.Length <= options.MaxShownValueChars && Spend(text.Length))
        {
            return value.DeepClone();
        }
        var keep = Math.Min(options.MaxShownValueChars, Remaining);
        Spend(keep);
        return JsonValue.Create($"{text[..keep]}… (truncated: {text.Length:N0} characters in all)");
    }

    /// <summary>The printed output as it is kept.</summary>
    public string? Output(string? output)
    {
        if (output is null)
        {
            return null;
        }
        if (output.Length <= options.MaxShownOutputChars && Spend(output.Length))
        {
            return output;
        }
        var keep = Math.Min(options.MaxShownOutputChars, Remaining);
        Spend(keep);
        return $"{output[..keep]}\n… (output truncated: {output.Length:N0} characters in all)";
    }

    /// <summary>A message, with a note when this submission's results were cut because of their total size.</summary>
    public string? Note(string? message) =>
        !_cut ? message : $"{(message is null ? "" : message + " ")}(Values and output past {options.MaxShownTotalChars / 1024} KiB per submission are not kept.)";

    private int Remaining => (int)Math.Max(0, options.MaxShownTotalChars - _total);

    private bool Spend(int chars)
    {
        if (_total + chars > options.MaxShownTotalChars)
        {
            _cut = true;
            return false;
        }
        _total += chars;
        return true;
    }
}
