using System.Net;
using System.Net.Http.Json;
using InterviewPractice.Web.Data;
using InterviewPractice.Web.Submissions;
using InterviewPractice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPractice.Web.Tests.Data;

/// <summary>
/// The schema is the migrations': a fresh database gets it, a database made by the EnsureCreated of before is
/// adopted without losing a row, Database:Migrate=false refuses pending migrations, and a model change without
/// a migration fails here.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private static readonly Guid[] OldIds = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];

    /// <summary>A database as the app before migrations left it: EnsureCreated's tables holding judged submissions.</summary>
    private static async Task<TestDatabase> EnsureCreatedDatabaseWithRowsAsync(string provider)
    {
        var database = await TestDatabase.NewAsync(provider);
        var rows = string.Join(",\n", OldIds.Select((id, i) => provider == "sqlite"
            ? $"('{id.ToString().ToUpperInvariant()}', 'two-sum', 'python', 'print({i})', 'Submit', 'Done', 'Accepted', '{{}}', 'old-client', '2026-01-0{i + 1} 10:00:00', 1)"
            : $"('{id}', 'two-sum', 'python', 'print({i})', 'Submit', 'Done', 'Accepted', '{{}}', 'old-client', '2026-01-0{i + 1} 10:00:00+00', 1)"));
        await database.CreateAsync(database.EnsureCreatedFixture() + $"""
            INSERT INTO "Submissions" ("Id", "Problem", "Language", "Code", "Mode", "Status", "Verdict", "ResultJson", "ClientId", "CreatedAt", "Attempts")
            VALUES {rows};
            """);
        return database;
    }

    private static async Task<List<Submission>> RowsAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync();
    }

    private static List<string> Migrations(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetMigrations()];
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DatabaseCreatedByEnsureCreatedIsUpgradedAtStartWithEveryRow(string provider)
    {
        await using var database = await EnsureCreatedDatabaseWithRowsAsync(provider);
        var schemaBefore = await database.SchemaAsync();

        using (var app = new TestApp(settings: database.Settings))
        {
            var rows = await RowsAsync(app);
            Assert.Equal(OldIds, rows.Select(r => r.Id));
            Assert.Equal(["print(0)", "print(1)", "print(2)"], rows.Select(r => r.Code));
            Assert.All(rows, r => Assert.Equal((SubmissionStatus.Done, InterviewPractice.Judging.Verdict.Accepted, "old-client"), (r.Status, r.Verdict, r.ClientId)));
            Assert.Equal(Migrations(app), await database.HistoryAsync());
        }

        // Adopting changed nothing it found (the later migrations only add to it); a second start finds nothing to do.
        Assert.Subset((await database.SchemaAsync()).ToHashSet(), schemaBefore.ToHashSet());
        using var again = new TestApp(settings: database.Settings);
        Assert.Equal(3, (await RowsAsync(again)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FreshDatabaseGetsTheMigrationsSchemaAndTakesSubmissions(string provider)
    {
        await using var database = await TestDatabase.NewAsync(provider);
        using var app = new TestApp(settings: database.Settings);

        var response = await app.CreateClient().PostAsJsonAsync("/api/submissions", new { problem = "two-sum", language = "python", code = "pass", mode = "submit" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(Migrations(app), await database.HistoryAsync());
        // The migrations make exactly the schema the model describes: what EnsureCreated makes from it today.
        await using var model = await TestDatabase.NewAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await model.CreateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
        }
        Assert.Equal(await model.SchemaAsync(), await database.SchemaAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FreshAndAdoptedDatabasesEndWithTheSameSchema(string provider)
    {
        await using var adopted = await EnsureCreatedDatabaseWithRowsAsync(provider);
        await using var fresh = await TestDatabase.NewAsync(provider);
        using (new TestApp(settings: adopted.Settings).Services.CreateScope())
        using (new TestApp(settings: fresh.Settings).Services.CreateScope())
        {
        }
        Assert.Equal(await fresh.SchemaAsync(), await adopted.SchemaAsync());
        Assert.Equal(await fresh.HistoryAsync(), await adopted.HistoryAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WithoutMigrateTheAppRefusesToStartOnPendingMigrationsAndSaysWhatToRun(string provider)
    {
        await using var database = await EnsureCreatedDatabaseWithRowsAsync(provider);
        var settings = database.Settings;
        settings["Database:Migrate"] = "false";
        using var app = new TestApp(settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        var message = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("pending schema migration", message, StringComparison.Ordinal);
        Assert.Contains("./interview db migrate", message, StringComparison.Ordinal);
        Assert.Empty(await database.HistoryAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NodesStartingTogetherAdoptAndMigrateOnce(string provider)
    {
        await using var database = await EnsureCreatedDatabaseWithRowsAsync(provider);
        var apps = Enumerable.Range(0, 4).Select(_ => new TestApp(settings: database.Settings)).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services))).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(Migrations(apps[0]), await database.HistoryAsync());
            Assert.Equal(OldIds, (await RowsAsync(apps[0])).Select(r => r.Id));
        }
        finally
        {
            apps.ForEach(app => app.Dispose());
        }
    }

    [Fact]
    public async Task DbMigrateCommandUpgradesTheConfiguredDatabaseAndExits()
    {
        await using var database = await EnsureCreatedDatabaseWithRowsAsync("sqlite");
        var (exit, output, errors) = await ChildProcess.WebAsync("db", "migrate", $"--Database:ConnectionString={database.ConnectionString}");

        Assert.True(exit == 0, $"exit {exit}: {output}{errors}");
        Assert.Contains("Adopted a database created before migrations", output, StringComparison.Ordinal);
        Assert.NotEmpty(await database.HistoryAsync());
        Assert.Equal(["wal"], await database.QueryAsync("PRAGMA journal_mode"));
        Assert.Equal(["3"], await database.QueryAsync("""SELECT COUNT(*) FROM "Submissions" """));
    }

    [Fact]
    public void ModelHasNoChangesMissingAMigrationOnEitherProvider()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresAppDbContextFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The model changed: dotnet ef migrations add NAME --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The model changed: dotnet ef migrations add NAME --context PostgresAppDbContext --output-dir Data/Migrations/Postgres");
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
