using InterviewPractice.Judging.Docker;
using InterviewPractice.Judging.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Judging;

/// <summary>Registers the judge: Docker client, sandbox pools, runner, console sessions and the host that keeps them up.</summary>
public static class JudgeServiceCollectionExtensions
{
    public static IServiceCollection AddJudge(this IServiceCollection services)
    {
        services.AddOptions<JudgeOptions>().BindConfiguration(JudgeOptions.Section)
            .Validate(o => o.Workers >= 1, "Judge:Workers must be at least 1")
            .Validate(o => o.WarmPerLanguage >= 0, "Judge:WarmPerLanguage cannot be negative")
            .Validate(o => o.MaxWarmPerLanguage >= o.WarmPerLanguage, "Judge:MaxWarmPerLanguage must be at least Judge:WarmPerLanguage")
            .Validate(o => o.EngineTimeout > TimeSpan.Zero && o.CompilerWaitTimeout > TimeSpan.Zero && o.ArrivalWindow >= TimeSpan.FromSeconds(2), "Judge timeouts must be positive, Judge:ArrivalWindow at least 2 s")
            .Validate(o => o.Compilers >= 1, "Judge:Compilers must be at least 1")
            .Validate(o => o.WallFactor >= 1, "Judge:WallFactor must be at least 1")
            .Validate(o => o.PidsLimit >= 16, "Judge:PidsLimit must be at least 16 (runtimes need threads)")
            .Validate(o => o.DockerEndpoint.StartsWith("unix://", StringComparison.Ordinal), "Judge:DockerEndpoint must be a unix:// socket")
            .ValidateOnStart();
        services.AddOptions<Consoles.ConsoleOptions>().BindConfiguration(Consoles.ConsoleOptions.Section)
            .Validate(o => o.EvalTimeout > TimeSpan.Zero && o.IdleTimeout > TimeSpan.Zero && o.StartTimeout > TimeSpan.Zero, "Console timeouts must be positive")
            .Validate(o => o.MemoryMb >= 64 && o.Cpus > 0, "Console:MemoryMb must be at least 64 and Console:Cpus positive")
            .Validate(o => o.MaxSessions >= 0 && o.MaxPerClient >= 1 && o.WarmPerLanguage >= 0 && o.MaxCodeLength >= 1, "Console caps: MaxSessions >= 0, MaxPerClient >= 1, WarmPerLanguage >= 0, MaxCodeLength >= 1")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(sp =>
        {
            var judge = sp.GetRequiredService<IOptions<JudgeOptions>>().Value;
            return new DockerClient(judge.DockerEndpoint, judge.EngineTimeout);
        });
        services.AddSingleton<ContainerReaper>();
        services.AddSingleton<SandboxPool>();
        services.AddSingleton<CompilerPool>();
        services.AddSingleton<Consoles.ConsoleSessions>();
        services.AddSingleton<SubmissionRunner>();
        services.AddSingleton<CustomChecker>();
        services.AddSingleton<Judge>();
        services.AddSingleton<JudgeStatus>();
        services.AddSingleton<CompileBudget>();
        services.AddSingleton<JudgeMetrics>();
        services.AddHostedService<JudgeHost>();
        return services;
    }
}
