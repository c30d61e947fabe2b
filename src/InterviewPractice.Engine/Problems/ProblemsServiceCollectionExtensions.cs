using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Problems;

/// <summary>Registers the problem catalog.</summary>
public static class ProblemsServiceCollectionExtensions
{
    /// <summary>Adds the catalog (loaded once, on first use) and the file watcher that reloads it.</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddOptions<ProblemsOptions>().BindConfiguration(ProblemsOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Problems:Path must name the problems folder")
            .Validate(o => o.ReloadDelay >= TimeSpan.Zero, "Problems:ReloadDelay cannot be negative")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var catalog = new ProblemCatalog(
                sp.GetRequiredService<IOptions<ProblemsOptions>>().Value.ResolvePath(),
                sp.GetRequiredService<ILogger<ProblemCatalog>>());
            catalog.LoadAll();
            return catalog;
        });
        services.AddHostedService<ProblemWatcher>();
        services.TryAddTimeProvider();
        return services;
    }

    internal static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
