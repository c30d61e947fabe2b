using InterviewPractice.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Awaits a condition on the judge's status, woken by its Changed event (no polling), within a bound.</summary>
public static class StatusWaiter
{
    public static async Task UntilAsync(this TestApp app, Func<JudgeStatus, bool> condition, string what, double seconds = 60)
    {
        var status = app.Services.GetRequiredService<JudgeStatus>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition(status))
            {
                reached.TrySetResult();
            }
        }
        status.Changed += Check;
        try
        {
            Check();
            try
            {
                await reached.Task.WaitAsync(TimeSpan.FromSeconds(seconds));
            }
            catch (TimeoutException)
            {
                Assert.Fail($"The judge did not get to '{what}' within {seconds} s: ready={status.Ready}, problem={status.Problem}, faults={string.Join("; ", status.Faults.Select(f => $"{f.Key}: {f.Value}"))}");
            }
        }
        finally
        {
            status.Changed -= Check;
        }
    }
}
