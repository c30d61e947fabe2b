using InterviewPractice.Web.Accounts;
using InterviewPractice.Web.Submissions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Data;

/// <summary>
/// The application's database: SQLite by default, PostgreSQL to scale out. Each provider has a context of its
/// own (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) only so that each has its own
/// migrations; the model is this one, and the app asks for <see cref="AppDbContext"/>. It holds Identity's
/// tables too (accounts, roles), so an account and what it did are in one database.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();

    // Identity's tables first, then each feature's own entities (an IEntityTypeConfiguration beside the entity).
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
