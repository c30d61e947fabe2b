using System.Data.Common;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InterviewPractice.Web.Tests.Data;

/// <summary>
/// An empty database of its own for one test, on SQLite (a temporary file) or PostgreSQL (a new database on the
/// tests' PostgreSQL container, <see cref="TestServices"/>), dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _admin;
    private readonly string? _name;
    private readonly string? _file;

    private TestDatabase(string provider, string connectionString, string? admin = null, string? name = null, string? file = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _admin = admin;
        _name = name;
        _file = file;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The app settings that point it at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Provider,
        ["Database:ConnectionString"] = ConnectionString,
        ["Judge:Image"] = "interviewpractice/no-such-image:test",
        ["Judge:WarmPerLanguage"] = "0",
    };

    /// <summary>A database name that does not exist yet (PostgreSQL) or a file that does not (SQLite).</summary>
    public static async Task<TestDatabase> NewAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"ip-migrate-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file: file);
        }
        var admin = await TestServices.PostgresAsync();
        var name = $"ip_migrate_{Guid.NewGuid():N}";
        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, admin, name);
    }

    /// <summary>Creates the database (PostgreSQL) and runs a script in it.</summary>
    public async Task CreateAsync(string script)
    {
        if (_admin is not null)
        {
            await using var admin = new NpgsqlConnection(_admin);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == "sqlite"
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>One column of strings, from a query.</summary>
    public async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.IsDBNull(0) ? "NULL" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return rows;
    }

    /// <summary>The tables, columns and indexes the app's schema consists of (not EF Core's own tables), sorted.</summary>
    public async Task<List<string>> SchemaAsync()
    {
        // SQLite: column by column, not the CREATE TABLE text, which keeps the order columns were added in (a
        // migration's ADD COLUMN can only append) where a fresh model script orders them its own way.
        var rows = Provider == "sqlite"
            ? await QueryAsync("""
                SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' nullable=' || (CASE WHEN c."notnull" THEN 'NO' ELSE 'YES' END)
                       || ' pk=' || c.pk || ' default=' || COALESCE(c.dflt_value, '')
                FROM sqlite_master AS m, pragma_table_info(m.name) AS c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\'
                UNION ALL
                SELECT m.type || ' ' || m.name || ': ' || COALESCE(m.sql, '') FROM sqlite_master AS m
                WHERE m.type <> 'table' AND m.name NOT LIKE 'sqlite_%' AND m.tbl_name NOT LIKE '\_\_EF%' ESCAPE '\'
                """)
            : await QueryAsync("""
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || COALESCE('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE '\_\_EF%'
                UNION ALL
                SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename NOT LIKE '\_\_EF%'
                """);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The migrations the history table lists, in order; none when there is no history table.</summary>
    public async Task<List<string>> HistoryAsync()
    {
        var exists = Provider == "sqlite"
            ? await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'")
            : await QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory'");
        return exists.Count == 0 ? [] : await QueryAsync("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(file);
            }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_admin);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The CREATE script of the schema as EnsureCreated made it before there were migrations.</summary>
    public string EnsureCreatedFixture() =>
        File.ReadAllText(Path.Combine(TestPaths.Repository, "tests", "InterviewPractice.Web.Tests", "Data", "Fixtures", $"ensure-created-{Provider}.sql"));
}
