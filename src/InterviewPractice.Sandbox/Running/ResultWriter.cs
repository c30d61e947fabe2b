using System.Text.Json;
using InterviewPractice.Sandbox.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Writes a <c>result</c> line. By hand rather than through the JSON context, because the value is
/// already JSON (of a type only known at run time).</summary>
internal static class ResultWriter
{
    public static void Write(ProtocolChannel channel, JsonElement? id, TestOutcome outcome) =>
        channel.Send(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "result");
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
            writer.WriteBoolean("ok", outcome.Failure is null);
            if (outcome.Failure is { } failure)
            {
                writer.WriteString("error", failure.Error);
                writer.WriteString("message", failure.Message);
                if (failure.Line is { } line)
                {
                    writer.WriteNumber("line", line);
                }
                if (failure.ExitCode is { } exitCode)
                {
                    writer.WriteNumber("exitCode", exitCode);
                }
            }
            else
            {
                writer.WritePropertyName("value");
                writer.WriteRawValue(outcome.Value!, skipInputValidation: true);
            }
            writer.WriteString("stdout", outcome.Stdout);
            writer.WriteBoolean("outputLimit", outcome.OutputLimit);
            writer.WriteEndObject();
        });
}
