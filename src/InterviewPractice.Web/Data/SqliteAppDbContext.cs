using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewPractice.Web.Data;

/// <summary>The SQLite database; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite</c>
/// build the model without starting the app; the connection string is never opened.
/// </summary>
internal sealed class SqliteAppDbContextFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
