namespace InterviewPractice.Sandbox.Running;

/// <summary>Runs submission code on a fresh thread with a large stack, so a legitimately deep recursion (a DFS
/// over 10^5 nodes) works as it does on LeetCode instead of overflowing the default 1.5 MB stack.</summary>
internal static class BigStackThread
{
    // Deep enough for legitimate recursion (about 10^5 frames), small enough that runaway recursion
    // overflows the stack (a clear "Stack overflow") before it exhausts the container's memory.
    private const int StackSize = 64 * 1024 * 1024;

    /// <returns>The exception <paramref name="action"/> threw, or null.</returns>
    public static Exception? Run(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            StackSize)
        {
            Name = "submission",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        return failure;
    }
}
