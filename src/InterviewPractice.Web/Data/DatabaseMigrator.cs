using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InterviewPractice.Web.Data;

/// <summary>
/// Applies the schema migrations: at start (<see cref="DatabaseSetup"/>) and for <c>./interview db migrate</c>,
/// one code path for both. Adopts a database made by <c>EnsureCreated</c> before there were migrations.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger)
{
    // pg_advisory_lock key for "InterviewPractice schema"; advisory locks are per database, so nodes on other
    // databases of the same server never wait for each other.
    private const long PostgresLockKey = 0x1E_7E_2A_1C_5C_4E_3A;

    /// <summary>Adopts a pre-migrations database, applies pending migrations, then sets SQLite's WAL mode.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsNpgsql())
        {
            await CreatePostgresDatabaseAsync(db, ct);
        }
        // One connection for the whole run, so that the PostgreSQL session lock covers adopting and migrating.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // EF Core 9+ locks Migrate itself (Npgsql: LOCK TABLE on the history table inside its transaction;
            // SQLite: a __EFMigrationsLock row), but not the adoption before it: nodes starting together on one
            // PostgreSQL take turns here. SQLite needs no lock: see AdoptAsync.
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresLockKey})", ct);
            }
            try
            {
                await AdoptAsync(db, ct);
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (pending.Count > 0)
                {
                    await db.Database.MigrateAsync(ct);
                    LogMigrated(logger, pending.Count, string.Join(", ", pending));
                }
            }
            finally
            {
                if (db.Database.IsNpgsql())
                {
                    // Also released when the connection closes, should this fail (e.g. cancelled).
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
                }
            }
            await SetJournalModeAsync(db, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>For Database:Migrate false: fails, saying what to run, when the schema is not the app's.</summary>
    public async Task EnsureUpToDateAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct);
        var pending = exists ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList() : db.Database.GetMigrations().ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has {pending.Count} pending schema migration(s) ({string.Join(", ", pending)}) and Database:Migrate is false. " +
                "Run ./interview db migrate (with the same Database settings), or start with Database:Migrate=true.");
        }
        await SetJournalModeAsync(db, ct);
    }

    /// <summary>
    /// A database made by EnsureCreated has the tables of the first migration and no history: record that
    /// migration as applied, so Migrate neither recreates nor drops anything.
    /// </summary>
    private async Task AdoptAsync(AppDbContext db, CancellationToken ct)
    {
        // In a transaction so that two SQLite processes adopting one file take turns (SQLite's transactions take
        // the write lock at once); on PostgreSQL the advisory lock already makes them.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var history = db.GetService<IHistoryRepository>();
        // Probed here rather than by GetAppliedMigrations, whose failed read of a missing history table would
        // abort a PostgreSQL transaction.
        if (!await TableExistsAsync(db, "Submissions", ct)
            || (await TableExistsAsync(db, HistoryRepository.DefaultTableName, ct) && (await db.Database.GetAppliedMigrationsAsync(ct)).Any()))
        {
            return;
        }
        var first = db.Database.GetMigrations().First();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), ct);
        await transaction.CommitAsync(ct);
        LogAdopted(logger, first);
    }

    private static async Task<bool> TableExistsAsync(AppDbContext db, string table, CancellationToken ct)
    {
        var query = db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"""SELECT COUNT(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}""")
            : db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = {table}""");
        return await query.SingleAsync(ct) > 0;
    }

    // The advisory lock needs a connection to the database itself, so it must exist first; two nodes may both try.
    private static async Task CreatePostgresDatabaseAsync(AppDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    private static async Task SetJournalModeAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while a worker writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} schema migration(s): {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Adopted a database created before migrations: recorded {Migration} as applied, no table changed")]
    private static partial void LogAdopted(ILogger logger, string migration);
}
