using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewPractice.Web.Data;

/// <summary>The PostgreSQL database; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context PostgresAppDbContext --output-dir Data/Migrations/Postgres</c>
/// build the model without starting the app or a server; the connection string is never opened.
/// </summary>
internal sealed class PostgresAppDbContextFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
