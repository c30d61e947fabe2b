using System.Diagnostics;
using System.Runtime.InteropServices;

namespace InterviewPractice.Sandbox.Running;

/// <summary>
/// How the C# programs that run user code in the image (the runner, the console) live: the protocol moves to
/// private descriptors, Console.Out and Console.Error become a capture of <see cref="CaptureLimit"/> bytes, stdin is
/// empty; the program warms up and says ready, then serves until end of input and ends at once.
/// </summary>
internal static class CapturedProcess
{
    /// <summary>What user code may print per test or snippet.</summary>
    public const int CaptureLimit = 64 * 1024;

    /// <param name="name">The program's name in the container log.</param>
    /// <param name="outputLimit">Answers for the test or snippet that printed past the limit (then the process ends).</param>
    /// <param name="warmUp">Runs typical work once, before ready.</param>
    /// <param name="serve">Reads requests until end of input.</param>
    public static int Run(string name, Action<ProtocolChannel, int, string> outputLimit, Action<OutputCapture> warmUp, Action<ProtocolChannel, OutputCapture> serve)
    {
        var streams = StandardStreams.TakeOver();
        using var diagnostics = new StreamWriter(streams.Diagnostics) { AutoFlush = true };
        try
        {
            var channel = new ProtocolChannel(streams.Input, streams.Output);
            var capture = new OutputCapture(CaptureLimit, (id, stdout) => AnswerAndExit(() => outputLimit(channel, id, stdout)));
            Console.SetOut(capture);
            Console.SetError(capture);
            Console.SetIn(TextReader.Null);

            var started = Stopwatch.GetTimestamp();
            warmUp(capture);
            diagnostics.WriteLine($"{name} warm after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            channel.SendReady();

            serve(channel, capture);
        }
        catch (Exception e)
        {
            // A bug here: no answer follows, the judge sees the stream end; the container log says why.
            diagnostics.WriteLine($"{name} failed: {e}");
            return 1;
        }
        // Threads the user's code left running must not keep the container alive after end of input, nor can its
        // ProcessExit handlers (which Environment.Exit would run).
        ExitNow(0);
        return 0;
    }

    /// <summary>The answer for what printed past the limit, then the end of the process. Runs on the thread that
    /// printed. <c>_exit</c> rather than <see cref="Environment.Exit"/>: no ProcessExit handler of the user's code
    /// runs, so nothing can delay the exit or print after the answer; the line was flushed by Send.</summary>
    private static void AnswerAndExit(Action answer)
    {
        try
        {
            answer();
        }
        finally
        {
            ExitNow(0);
        }
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ExitNow(int status);
}
