using InterviewPractice.Judging;
using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Problems;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>
/// The warm pool sizes itself per language from the recent arrival rate, within its bounds, and shrinks back
/// when the burst is over. Arrivals are counted as submissions rent runners; the clock is a manual one.
/// </summary>
public sealed class WarmPoolTests
{
    [Fact]
    public async Task ABurstInOneLanguageGrowsThatLanguagesTargetWithinItsBoundsAndItShrinksAfterwards()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-11-30T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = Options.Create(new JudgeOptions { WarmPerLanguage = 2, MaxWarmPerLanguage = 6, ArrivalWindow = TimeSpan.FromSeconds(20) });
        // An engine that is not there: renting counts the arrival, then fails to start a cold runner.
        using var docker = new DockerClient($"unix://{Path.Combine(Path.GetTempPath(), $"no-engine-{Guid.NewGuid():N}.sock")}", TimeSpan.FromSeconds(2));
        var reaper = new ContainerReaper(docker, NullLogger<ContainerReaper>.Instance);
        var pool = new SandboxPool(docker, reaper, new JudgeStatus(), options, clock, NullLogger<SandboxPool>.Instance);

        Assert.Equal(2, pool.Target(Language.Python));
        // 20 arrivals in 2 s: 10 a second, for an assumed start of half a second: 5 idle runners are needed.
        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => pool.RentAsync(Language.Python, 256, CancellationToken.None));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        Assert.Equal(5, pool.Target(Language.Python));
        for (var i = 0; i < 10; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => pool.RentAsync(Language.Python, 256, CancellationToken.None));
        }

        Assert.Equal(6, pool.Target(Language.Python));
        Assert.Equal(2, pool.Target(Language.JavaScript));
        clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Equal(2, pool.Target(Language.Python));
    }
}
