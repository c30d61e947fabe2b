using InterviewPractice.Web.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>Awaits what an app's Redis connection does, woken by the notifier's Changed event.</summary>
public static class TestRedis
{
    /// <summary>Until the app is subscribed to the channel, so other nodes' events reach it.</summary>
    public static Task WaitForRedisAsync(this TestApp app, double seconds = 30) =>
        app.UntilNotifierAsync(n => n.ReachesOtherNodes, "subscribed to Redis", seconds);

    /// <summary>Until the app's submission notifier is in the state <paramref name="condition"/> describes.</summary>
    public static Task UntilNotifierAsync(this TestApp app, Func<ISubmissionNotifier, bool> condition, string what, double seconds = 30)
    {
        var notifier = app.Services.GetRequiredService<ISubmissionNotifier>();
        return EventWaiter.UntilAsync(
            check => notifier.Changed += check,
            check => notifier.Changed -= check,
            () => condition(notifier),
            () => $"The app's Redis connection did not get to '{what}': reaches other nodes={notifier.ReachesOtherNodes}, problem={notifier.Problem}",
            seconds);
    }
}
