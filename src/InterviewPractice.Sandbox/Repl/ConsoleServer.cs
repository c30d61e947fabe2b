using System.Diagnostics;
using System.Text.Json;
using InterviewPractice.Protocol;
using InterviewPractice.Sandbox.Running;

namespace InterviewPractice.Sandbox.Repl;

/// <summary>
/// A C# console container: warm Roslyn scripting, then one <c>eval</c> at a time in the same state, until end of
/// input (docs/sandbox-protocol.md, "Console containers"). What a snippet prints is captured, never written to the
/// protocol stream; printing past the limit answers for the snippet and ends the process (the judge starts the
/// session again), so no <c>catch</c> in the snippet can keep a flood going.
/// </summary>
internal static class ConsoleServer
{
    private const int CaptureLimit = 64 * 1024;
    private const string OutputLimitMessage = "OutputLimit: the snippet printed more than 64 KiB.";

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
            var repl = new CSharpRepl();
            repl.WarmUp();
            capture.EndTest();
            diagnostics.WriteLine($"console warm after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            channel.SendReady();
            Serve(channel, capture, repl);
        }
        catch (Exception e)
        {
            diagnostics.WriteLine($"console failed: {e}");
            return 1;
        }
        Runner.ExitNow(0);
        return 0;
    }

    private static void Serve(ProtocolChannel channel, OutputCapture capture, CSharpRepl repl)
    {
        while (channel.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            EvalRequest? request;
            try
            {
                request = JsonSerializer.Deserialize(line, ProtocolJsonContext.Default.EvalRequest);
            }
            catch (JsonException e)
            {
                channel.Send(new ErrorAnswer($"Malformed request: {e.Message}") { Nonce = channel.Nonce }, ProtocolJsonContext.Default.ErrorAnswer);
                continue;
            }
            if (request is null || request.Type != MessageTypes.Eval)
            {
                channel.Send(new ErrorAnswer($"Expected `{MessageTypes.Eval}`") { Nonce = channel.Nonce }, ProtocolJsonContext.Default.ErrorAnswer);
                continue;
            }
            channel.Nonce = request.Nonce;
            capture.BeginTest(request.Id);
            var answer = repl.Evaluate(request.Id, request.Code);
            var (stdout, _) = capture.EndTest();
            channel.Send(answer with { Nonce = channel.Nonce, Stdout = stdout }, ProtocolJsonContext.Default.EvalAnswer);
        }
    }

    private static void AnswerOutputLimitAndExit(ProtocolChannel channel, int id, string stdout)
    {
        try
        {
            channel.Send(new EvalAnswer(id) { Nonce = channel.Nonce, Stdout = stdout, Error = OutputLimitMessage, OutputLimit = true }, ProtocolJsonContext.Default.EvalAnswer);
        }
        finally
        {
            Runner.ExitNow(0);
        }
    }
}
