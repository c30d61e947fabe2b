using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Writes a <c>result</c> line. By hand rather than through the JSON context, because the value is
/// already JSON (of a type only known at run time) and is spliced in raw; the field names are the contract's.</summary>
internal static class ResultWriter
{
    public static void Write(ProtocolChannel channel, int id, TestOutcome outcome) =>
        channel.Send(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(ResultFields.Type, MessageTypes.Result);
            writer.WriteNumber(ResultFields.Id, id);
            writer.WriteString(ResultFields.Nonce, channel.Nonce);
            writer.WriteBoolean(ResultFields.Ok, outcome.Failure is null);
            if (outcome.Failure is { } failure)
            {
                writer.WriteString(ResultFields.Error, failure.Error);
                writer.WriteString(ResultFields.Message, failure.Message);
                if (failure.Line is { } line)
                {
                    writer.WriteNumber(ResultFields.Line, line);
                }
                if (failure.ExitCode is { } exitCode)
                {
                    writer.WriteNumber(ResultFields.ExitCode, exitCode);
                }
            }
            else
            {
                writer.WritePropertyName(ResultFields.Value);
                writer.WriteRawValue(outcome.Value!, skipInputValidation: true);
            }
            writer.WriteString(ResultFields.Stdout, outcome.Stdout);
            writer.WriteBoolean(ResultFields.OutputLimit, outcome.OutputLimit);
            writer.WriteEndObject();
        });
}
