using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>An <c>io: stdio</c> submission: a console program, run afresh in a child <c>dotnet</c> process for
/// each test with the test's stdin; its stdout is the value.</summary>
internal sealed partial class StdioSubmission : ISubmission
{
    private const int ValueLimit = 8 * 1024 * 1024;
    private const int StderrShown = 64 * 1024;
    private const int StderrInMessage = 4 * 1024;
    private const string OutputLimitMessage = "The program wrote more than 8 MiB to stdout.";

    // The runner itself runs under the image's dotnet muxer; use that one rather than whatever PATH finds.
    private static readonly string DotnetHost =
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    private readonly string _program;

    private StdioSubmission(string program) => _program = program;

    public static StdioSubmission Load(LoadRequest load)
    {
        var image = SubmissionImage.Decode(load);
        var directory = Path.Combine(Path.GetTempPath(), "prog");
        Directory.CreateDirectory(directory);
        var program = Path.Combine(directory, "prog.dll");
        File.WriteAllBytes(program, image.Assembly);
        if (image.Pdb is not null)
        {
            // Next to the program, the runtime finds it and unhandled-exception traces get line numbers.
            File.WriteAllBytes(Path.Combine(directory, SubmissionArtifacts.PdbFileName), image.Pdb);
        }
        File.WriteAllText(Path.Combine(directory, "prog.runtimeconfig.json"), RuntimeConfig());
        return new StdioSubmission(program);
    }

    public TestOutcome Run(TestRequest test)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(_program),
        };
        start.ArgumentList.Add(_program);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{DotnetHost} did not start");
        }
        catch (Win32Exception e)
        {
            // Most likely the container's process limit, filled by what an earlier test left running.
            var failure = new TestFailure(ErrorKinds.RuntimeError, $"Could not start the program: {e.Message}", null);
            return new TestOutcome(null, failure, "", false);
        }
        using (process)
        {
            return Observe(process, test.Stdin ?? "");
        }
    }

    private static TestOutcome Observe(Process process, string stdin)
    {
        // Past the limit the program (with whatever it started) is killed on the spot and stdout is read no further.
        var stdout = Task.Run(() => CappedCapture.Read(
            process.StandardOutput.BaseStream, ValueLimit, 0, onTruncated: () => Stop(process), stopWhenTruncated: true));
        var stderr = Task.Run(() => CappedCapture.Read(process.StandardError.BaseStream, StderrShown, StderrInMessage));
        Feed(process, stdin);
        process.WaitForExit();

        var output = stdout.Result;
        var errors = stderr.Result;
        var shownErrors = Encoding.UTF8.GetString(errors.Head);
        if (output.Truncated)
        {
            // Killed for it: its exit code says nothing.
            return new TestOutcome(null, new TestFailure(ErrorKinds.OutputLimit, OutputLimitMessage, null), shownErrors, false);
        }
        if (process.ExitCode != 0)
        {
            var failure = Failure(process.ExitCode, shownErrors, Encoding.UTF8.GetString(errors.Tail));
            return new TestOutcome(null, failure, shownErrors, false);
        }
        var value = UserJson.Serialize(Encoding.UTF8.GetString(output.Head), typeof(string));
        return new TestOutcome(value, null, shownErrors, false);
    }

    private static void Feed(Process process, string stdin)
    {
        try
        {
            using var input = process.StandardInput.BaseStream;
            input.Write(Encoding.UTF8.GetBytes(stdin));
        }
        catch (IOException)
        {
            // The program exited (or closed stdin) without reading all of it; that is its business.
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>A non-zero exit, described by the tail of stderr. The runtime's own reports of an unhandled
    /// exception start with its type and then list frames, deepest first.</summary>
    private static TestFailure Failure(int exitCode, string stderrHead, string stderrTail)
    {
        var message = stderrTail.Trim();
        var error = stderrHead.StartsWith("Stack overflow.", StringComparison.Ordinal) ? "StackOverflow"
            : stderrHead.StartsWith("Unhandled exception. System.OutOfMemoryException", StringComparison.Ordinal) ? "MemoryError"
            : "RuntimeError";
        var frame = UserFrame().Match(stderrHead);
        return new TestFailure(
            error,
            message.Length > 0 ? message : $"The program exited with code {exitCode}.",
            frame.Success ? int.Parse(frame.Groups[1].ValueSpan, provider: null) : null,
            exitCode);
    }

    /// <summary>The runtime the runner itself uses (the image has one), with the same invariant globalization as
    /// the runner, so function and stdio submissions see the same culture behaviour.</summary>
    private static string RuntimeConfig()
    {
        var version = Environment.Version;
        return $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{version.Major}}.{{version.Minor}}",
                "framework": { "name": "Microsoft.NETCore.App", "version": "{{version.Major}}.{{version.Minor}}.{{version.Build}}" },
                "configProperties": { "System.Globalization.Invariant": true }
              }
            }
            """;
    }

    [GeneratedRegex(@" in " + SubmissionArtifacts.SourcePath + @":line (\d+)")]
    private static partial Regex UserFrame();
}
