using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// A signed-in student's graded answers to a concept problem: its score, kept like a coding submission's verdict
/// (progress, history, assessments). Visitors' answers are graded and not kept.
/// </summary>
public sealed class ConceptAttempt
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string Problem { get; set; }

    public double Score { get; set; }

    public double MaxScore { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Full marks.</summary>
    public bool Solved => Score >= MaxScore;
}

internal sealed class ConceptAttemptConfiguration : IEntityTypeConfiguration<ConceptAttempt>
{
    public void Configure(EntityTypeBuilder<ConceptAttempt> attempt)
    {
        attempt.ToTable("ConceptAttempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Problem).HasMaxLength(100);
        attempt.Ignore(a => a.Solved);
        attempt.HasIndex(a => new { a.UserId, a.Problem });
        attempt.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
