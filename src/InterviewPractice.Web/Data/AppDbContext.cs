using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Data;

/// <summary>
/// The application's database: SQLite by default, PostgreSQL to scale out. Each provider has a context of its
/// own (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) only so that each has its own
/// migrations; the model is this one, and the app asks for <see cref="AppDbContext"/>.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();

    // Each feature configures its own entities (an IEntityTypeConfiguration beside the entity).
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
