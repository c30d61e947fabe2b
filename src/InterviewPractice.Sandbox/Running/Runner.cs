using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A runner container for C#: warm up, then one <c>load</c> and its <c>test</c>s, until end of input.</summary>
internal static class Runner
{
    private const string OutputLimitMessage = "The program printed more than 64 KiB.";

    public static int Run() => CapturedProcess.Run("runner", AnswerOutputLimit, RunnerWarmup.Run, Serve);

    private static void Serve(ProtocolChannel channel, OutputCapture capture)
    {
        ISubmission? submission = null;
        while (channel.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonElement request;
            try
            {
                using var document = JsonDocument.Parse(line);
                request = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                Refuse(channel, $"Malformed request: {e.Message}");
                continue;
            }
            var type = request.ValueKind == JsonValueKind.Object
                && request.TryGetProperty("type", out var typeProperty) && typeProperty.ValueKind == JsonValueKind.String
                ? typeProperty.GetString()
                : null;

            switch (type)
            {
                case MessageTypes.Load when Read(channel, request, ProtocolJsonContext.Default.LoadRequest) is { } load:
                    channel.Nonce = load.Nonce;
                    submission = load.Io is IoModes.Function or IoModes.Stdio
                        ? Load(channel, load, capture)
                        : Refuse<ISubmission>(channel, $"Unknown io `{load.Io}`; expected `{IoModes.Function}` or `{IoModes.Stdio}`");
                    break;
                case MessageTypes.Test when Read(channel, request, ProtocolJsonContext.Default.TestRequest) is { } test:
                    if (submission is null)
                    {
                        Refuse(channel, "A test arrived before a successful load");
                    }
                    else
                    {
                        ResultWriter.Write(channel, test.Id, submission.Run(test));
                    }
                    break;
                case MessageTypes.Load or MessageTypes.Test:
                    break;
                default:
                    Refuse(channel, $"Unknown request type `{type}`");
                    break;
            }
        }
    }

    /// <summary>The request as its record, or null (and the judge told why) when a field is missing or mistyped.</summary>
    private static T? Read<T>(ProtocolChannel channel, JsonElement request, JsonTypeInfo<T> typeInfo) where T : class
    {
        try
        {
            return request.Deserialize(typeInfo) ?? Refuse<T>(channel, "Malformed request: null");
        }
        catch (JsonException e)
        {
            return Refuse<T>(channel, $"Malformed request: {e.Message}");
        }
    }

    private static ISubmission? Load(ProtocolChannel channel, LoadRequest load, OutputCapture capture)
    {
        // The judge gives a warm runner the problem's memory limit (docker update) just before this load; the GC
        // sized its hard heap limit (75 % of the container's) when the process started, so it must look again,
        // or a submission would run out of heap at the default limit's size, or past the new one into an OOM kill.
        GC.RefreshMemoryLimit();
        try
        {
            ISubmission submission = load.Io == IoModes.Stdio
                ? StdioSubmission.Load(load)
                : FunctionSubmission.Load(load, capture);
            channel.Send(LoadAnswer.Loaded with { Nonce = channel.Nonce }, ProtocolJsonContext.Default.LoadAnswer);
            return submission;
        }
        catch (SubmissionRejectedException e)
        {
            channel.Send(e.Response with { Nonce = channel.Nonce }, ProtocolJsonContext.Default.LoadAnswer);
            return null;
        }
    }

    /// <summary>Answers a line that is not a valid request: a judge bug, never a verdict.</summary>
    private static T? Refuse<T>(ProtocolChannel channel, string message) where T : class
    {
        channel.Send(new ErrorAnswer(message) { Nonce = channel.Nonce }, ProtocolJsonContext.Default.ErrorAnswer);
        return null;
    }

    private static void Refuse(ProtocolChannel channel, string message) => Refuse<object>(channel, message);

    /// <summary>The running test printed more than the capture keeps: its OutputLimit result (the process then ends;
    /// the judge stops at the first failure and removes the container).</summary>
    private static void AnswerOutputLimit(ProtocolChannel channel, int id, string stdout)
    {
        var failure = new TestFailure(ErrorKinds.OutputLimit, OutputLimitMessage, null);
        ResultWriter.Write(channel, id, new TestOutcome(null, failure, stdout, OutputLimit: true));
    }
}
