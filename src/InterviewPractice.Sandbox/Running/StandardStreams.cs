using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace InterviewPractice.Sandbox.Running;

/// <summary>The runner's own copies of the original stdin/stdout/stderr, taken before any user code runs.</summary>
internal sealed record PrivateStreams(Stream Input, Stream Output, Stream Diagnostics);

/// <summary>Keeps the protocol out of the submission's reach: the real stdin/stdout/stderr move to private
/// descriptors, and descriptors 0, 1 and 2 (which <c>Console.OpenStandardOutput()</c> and native code write to)
/// become /dev/null.</summary>
internal static class StandardStreams
{
    private const int DuplicateWithCloseOnExec = 1030; // F_DUPFD_CLOEXEC on Linux

    public static PrivateStreams TakeOver()
    {
        var taken = new PrivateStreams(
            Duplicate(0, FileAccess.Read), Duplicate(1, FileAccess.Write), Duplicate(2, FileAccess.Write));
        using var devNull = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var nullDescriptor = (int)devNull.DangerousGetHandle();
        for (var descriptor = 0; descriptor <= 2; descriptor++)
        {
            Check(dup2(nullDescriptor, descriptor));
        }
        return taken;
    }

    private static FileStream Duplicate(int descriptor, FileAccess access)
    {
        // Close-on-exec: the child processes that run stdio programs must not inherit the protocol streams.
        var copy = Check(fcntl(descriptor, DuplicateWithCloseOnExec, 3));
        return new FileStream(new SafeFileHandle(copy, ownsHandle: true), access, bufferSize: 0);
    }

    private static int Check(int result) =>
        result >= 0 ? result : throw new Win32Exception(Marshal.GetLastPInvokeError());

    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int descriptor, int command, int argument);

    [DllImport("libc", SetLastError = true)]
    private static extern int dup2(int descriptor, int target);
}
