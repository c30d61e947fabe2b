using InterviewPractice.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace InterviewPractice.Web.Data;

/// <summary>The application's database: SQLite by default, PostgreSQL to scale out.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var submission = modelBuilder.Entity<Submission>();
        submission.HasKey(s => s.Id);
        submission.Property(s => s.Problem).HasMaxLength(100);
        submission.Property(s => s.Language).HasMaxLength(20);
        submission.Property(s => s.ClientId).HasMaxLength(100);
        submission.Property(s => s.LeaseOwner).HasMaxLength(200);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Verdict).HasConversion<string>().HasMaxLength(40);
        // The queue reads "oldest claimable first" on every poll.
        submission.HasIndex(s => new { s.Status, s.CreatedAt });
    }
}
