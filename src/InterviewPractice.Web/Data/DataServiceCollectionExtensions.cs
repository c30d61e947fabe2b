using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(builder.ToString()));
                break;
            case "postgres" or "postgresql":
                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use sqlite or postgres.");
        }
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseSetup>();
        return services;
    }

    /// <summary>Applies the migrations as a start would, without starting: the <c>db migrate</c> command.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        using var cancel = new CancellationTokenSource();
        // Ctrl+C stops between statements; the migration in progress rolls back with its transaction.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancel.Token);
    }
}

/// <summary>Brings the schema up to date (or, with Database:Migrate false, checks it is) before anything else touches the database.</summary>
internal sealed class DatabaseSetup(DatabaseMigrator migrator, IOptions<DatabaseOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => options.Value.Migrate
        ? migrator.MigrateAsync(cancellationToken)
        : migrator.EnsureUpToDateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
