using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Data;

/// <summary>Registers the database.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (options.Provider.ToLowerInvariant())
        {
            case "sqlite":
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
                if (builder.Mode != SqliteOpenMode.Memory && directory is not null)
                {
                    Directory.CreateDirectory(directory);
                }
                // Writers wait for each other instead of failing with "database is locked".
                builder.DefaultTimeout = 30;
                services.AddDbContext<AppDbContext>(o => o.UseSqlite(builder.ToString()));
                break;
            case "postgres" or "postgresql":
                services.AddDbContext<AppDbContext>(o => o.UseNpgsql(options.ConnectionString));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use sqlite or postgres.");
        }
        services.AddHostedService<DatabaseSetup>();
        return services;
    }
}

/// <summary>Creates the schema before anything else touches the database.</summary>
internal sealed class DatabaseSetup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while a worker writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
