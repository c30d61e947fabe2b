using System.Diagnostics;
using System.Text.Json;
using InterviewPractice.Sandbox.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A runner container for C#: warm up, then one <c>load</c> and its <c>test</c>s, until end of input.</summary>
internal static class Runner
{
    private const int CaptureLimit = 64 * 1024;

    public static int Run()
    {
        var streams = StandardStreams.TakeOver();
        using var diagnostics = new StreamWriter(streams.Diagnostics) { AutoFlush = true };
        try
        {
            var capture = new OutputCapture(CaptureLimit);
            Console.SetOut(capture);
            Console.SetError(capture);
            Console.SetIn(TextReader.Null);

            var started = Stopwatch.GetTimestamp();
            RunnerWarmup.Run(capture);
            diagnostics.WriteLine($"runner warm after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

            Serve(new ProtocolChannel(streams.Input, streams.Output), capture);
        }
        catch (Exception e)
        {
            // A runner bug: no result line follows, the judge sees the stream end; the container log says why.
            diagnostics.WriteLine($"runner failed: {e}");
            return 1;
        }
        // Threads the submission left running must not keep the container alive after end of input.
        Environment.Exit(0);
        return 0;
    }

    private static void Serve(ProtocolChannel channel, OutputCapture capture)
    {
        ISubmission? submission = null;
        while (channel.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            RunnerRequest? request;
            try
            {
                request = JsonSerializer.Deserialize(line, SandboxJsonContext.Default.RunnerRequest);
            }
            catch (JsonException e)
            {
                Refuse(channel, null, $"Malformed request: {e.Message}");
                continue;
            }

            switch (request)
            {
                case null:
                    Refuse(channel, null, "Malformed request: expected a JSON object");
                    break;
                case { Type: "load", Io: "function" or "stdio" }:
                    submission = Load(channel, request, capture);
                    break;
                case { Type: "load" }:
                    Refuse(channel, null, $"Unknown io `{request.Io}`; expected `function` or `stdio`");
                    break;
                case { Type: "test" } when submission is not null:
                    ResultWriter.Write(channel, request.Id, submission.Run(request));
                    break;
                case { Type: "test" }:
                    Refuse(channel, request.Id, "A test arrived before a successful load");
                    break;
                default:
                    Refuse(channel, request.Id, $"Unknown request type `{request.Type}`");
                    break;
            }
        }
    }

    private static ISubmission? Load(ProtocolChannel channel, RunnerRequest load, OutputCapture capture)
    {
        try
        {
            ISubmission submission = load.Io == "stdio"
                ? StdioSubmission.Load(load)
                : FunctionSubmission.Load(load, capture);
            channel.Send(LoadResponse.Loaded, SandboxJsonContext.Default.LoadResponse);
            return submission;
        }
        catch (SubmissionRejectedException e)
        {
            channel.Send(e.Response, SandboxJsonContext.Default.LoadResponse);
            return null;
        }
    }

    private static void Refuse(ProtocolChannel channel, JsonElement? id, string message) =>
        channel.Send(new ErrorResponse(id, message), SandboxJsonContext.Default.ErrorResponse);
}
