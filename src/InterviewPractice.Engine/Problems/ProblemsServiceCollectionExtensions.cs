using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Problems;

/// <summary>Registers the problem catalog.</summary>
public static class ProblemsServiceCollectionExtensions
{
    // Files are read whole into memory, as text; past this a limit is a mistake, not a choice.
    private const long MaxLimit = 1L << 30;

    /// <summary>Adds the catalog (loaded once, on first use) and the file watcher that reloads it.</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddOptions<ProblemsOptions>().BindConfiguration(ProblemsOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Problems:Path must name the problems folder")
            .Validate(o => o.ReloadDelay >= TimeSpan.Zero, "Problems:ReloadDelay cannot be negative")
            .Validate(o => o.MaxFileBytes is > 0 and <= MaxLimit, "Problems:MaxFileBytes must be from 1 to 1073741824 (1 GiB)")
            .Validate(o => o.MaxHiddenTestBytes is > 0 and <= MaxLimit, "Problems:MaxHiddenTestBytes must be from 1 to 1073741824 (1 GiB)")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ProblemsOptions>>().Value;
            var catalog = new ProblemCatalog(options.ResolvePath(), sp.GetRequiredService<ILogger<ProblemCatalog>>(), options.FileLimits);
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
