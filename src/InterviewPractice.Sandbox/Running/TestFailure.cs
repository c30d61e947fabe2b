using System.Diagnostics;
using System.Reflection;
using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>A failed test as the protocol reports it: <see cref="Error"/> is <c>RuntimeError</c>,
/// <c>MemoryError</c> or <c>StackOverflow</c>; <see cref="Line"/> is 1-based in the user's code.</summary>
internal sealed record TestFailure(string Error, string Message, int? Line, int? ExitCode = null)
{
    public static TestFailure From(Exception exception, Assembly submission)
    {
        var e = Unwrap(exception);
        return e switch
        {
            ValueConversionException => new TestFailure(ErrorKinds.RuntimeError, e.Message, null),
            OutOfMemoryException => new TestFailure(ErrorKinds.MemoryError, Describe(e), UserLine(e, submission)),
            // Only what the submission itself detects (RuntimeHelpers.EnsureSufficientExecutionStack); a real
            // stack overflow kills the process and the judge sees the stream end.
            InsufficientExecutionStackException => new TestFailure(ErrorKinds.StackOverflow, Describe(e), UserLine(e, submission)),
            _ => new TestFailure(ErrorKinds.RuntimeError, Describe(e), UserLine(e, submission)),
        };
    }

    /// <summary>The exception the user's code raised, not the wrappers reflection and static constructors add.</summary>
    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or TypeInitializationException
               && exception.InnerException is { } inner)
        {
            exception = inner;
        }
        return exception;
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    /// <summary>The deepest frame in the submission's own code that has a line (needs its PDB).</summary>
    private static int? UserLine(Exception e, Assembly submission)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod()?.Module.Assembly == submission && frame.GetFileLineNumber() is > 0 and var line)
            {
                return line;
            }
        }
        return null;
    }
}
