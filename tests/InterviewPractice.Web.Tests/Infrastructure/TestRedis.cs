using InterviewPractice.Web.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>The real Redis the tests share (INTERVIEW_TEST_REDIS, set by ./interview test).</summary>
public static class TestRedis
{
    public static string Configuration =>
        Environment.GetEnvironmentVariable("INTERVIEW_TEST_REDIS") is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException("INTERVIEW_TEST_REDIS is not set. Run ./interview test, which starts Redis (./interview setup redis) and sets it.");

    /// <summary>Waits (bounded) until the app is subscribed to the channel, so other nodes' events reach it.</summary>
    public static async Task WaitForRedisAsync(this TestApp app, double seconds = 20)
    {
        var notifier = app.Services.GetRequiredService<ISubmissionNotifier>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (!notifier.ReachesOtherNodes)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The app did not subscribe to Redis within {seconds} s: {notifier.Problem}");
            await Task.Delay(50);
        }
    }
}
