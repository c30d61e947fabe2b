using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using InterviewPractice.Sandbox.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A runner container for C#: warm up, then one <c>load</c> and its <c>test</c>s, until end of input.</summary>
internal static class Runner
{
    private const int CaptureLimit = 64 * 1024;
    private const string OutputLimitMessage = "The program printed more than 64 KiB.";

    public static int Run()
    {
        var streams = StandardStreams.TakeOver();
        using var diagnostics = new StreamWriter(streams.Diagnostics) { AutoFlush = true };
        try
        {
            var channel = new ProtocolChannel(streams.Input, streams.Output);
            var capture = new OutputCapture(CaptureLimit, (id, stdout) => AnswerOutputLimitAndExit(channel, id, stdout));
            Console.SetOut(capture);
            Console.SetError(capture);
            Console.SetIn(TextReader.Null);

            var started = Stopwatch.GetTimestamp();
            RunnerWarmup.Run(capture);
            diagnostics.WriteLine($"runner warm after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            channel.SendReady();

            Serve(channel, capture);
        }
        catch (Exception e)
        {
            // A runner bug: no result line follows, the judge sees the stream end; the container log says why.
            diagnostics.WriteLine($"runner failed: {e}");
            return 1;
        }
        // Threads the submission left running must not keep the container alive after end of input, nor can its
        // ProcessExit handlers (which Environment.Exit would run).
        ExitNow(0);
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

    /// <summary>The running test printed more than <see cref="CaptureLimit"/>: its OutputLimit result, then the end
    /// of the process (the judge stops at the first failure and removes the container). Runs on the thread that
    /// printed. <c>_exit</c> rather than <see cref="Environment.Exit"/>: no ProcessExit handler of the submission
    /// runs, so nothing can delay the exit or print after the result; the line was flushed by Send.</summary>
    private static void AnswerOutputLimitAndExit(ProtocolChannel channel, JsonElement? id, string stdout)
    {
        try
        {
            var failure = new TestFailure("OutputLimit", OutputLimitMessage, null);
            ResultWriter.Write(channel, id, new TestOutcome(null, failure, stdout, OutputLimit: true));
        }
        finally
        {
            ExitNow(0);
        }
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ExitNow(int status);
}
