using InterviewPractice.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Awaits a condition on the judge's status, woken by its Changed event (no polling), within a bound.</summary>
public static class StatusWaiter
{
    public static Task UntilAsync(this TestApp app, Func<JudgeStatus, bool> condition, string what, double seconds = 60)
    {
        var status = app.Services.GetRequiredService<JudgeStatus>();
        return EventWaiter.UntilAsync(
            check => status.Changed += check,
            check => status.Changed -= check,
            () => condition(status),
            () => $"The judge did not get to '{what}': ready={status.Ready}, problem={status.Problem}, faults={string.Join("; ", status.Faults.Select(f => $"{f.Key}: {f.Value}"))}",
            seconds);
    }
}
