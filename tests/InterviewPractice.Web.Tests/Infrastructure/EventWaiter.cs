namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Awaits a condition that a change event announces: checked at once and on every event, never polled.</summary>
public static class EventWaiter
{
    /// <summary>
    /// Completes when <paramref name="condition"/> holds, checking it now and whenever the event fires; fails the
    /// test with <paramref name="describe"/>'s words after <paramref name="seconds"/>.
    /// </summary>
    public static async Task UntilAsync(Action<Action> subscribe, Action<Action> unsubscribe, Func<bool> condition, Func<string> describe, double seconds)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition())
            {
                reached.TrySetResult();
            }
        }
        subscribe(Check);
        try
        {
            Check();
            try
            {
                await reached.Task.WaitAsync(TimeSpan.FromSeconds(seconds));
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{describe()} (waited {seconds} s)");
            }
        }
        finally
        {
            unsubscribe(Check);
        }
    }
}
