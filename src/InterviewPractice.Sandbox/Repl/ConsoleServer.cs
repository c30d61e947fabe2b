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
    private const string OutputLimitMessage = "OutputLimit: the snippet printed more than 64 KiB.";

    public static int Run()
    {
        var repl = new CSharpRepl();
        return CapturedProcess.Run("console", AnswerOutputLimit,
            capture =>
            {
                repl.WarmUp();
                capture.EndTest();
            },
            (channel, capture) => Serve(channel, capture, repl));
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

    private static void AnswerOutputLimit(ProtocolChannel channel, int id, string stdout) =>
        channel.Send(new EvalAnswer(id) { Nonce = channel.Nonce, Stdout = stdout, Error = OutputLimitMessage, OutputLimit = true }, ProtocolJsonContext.Default.EvalAnswer);
}
