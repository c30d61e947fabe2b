using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Submissions;

/// <summary>
/// The Submissions table. The queue's raw SQL (<see cref="SubmissionQueue"/>) names this table, its columns and
/// relies on the (Status, CreatedAt) index: renaming any of them needs that SQL changed in the same migration.
/// </summary>
internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.ToTable("Submissions");
        submission.HasKey(s => s.Id);
        submission.Property(s => s.Problem).HasMaxLength(100);
        submission.Property(s => s.Language).HasMaxLength(20);
        submission.Property(s => s.ClientId).HasMaxLength(100);
        submission.Property(s => s.LeaseOwner).HasMaxLength(200);
        // W3C traceparent, version 00: "00-" + 32 + "-" + 16 + "-" + 2 hex digits.
        submission.Property(s => s.TraceParent).HasMaxLength(55);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Verdict).HasConversion<string>().HasMaxLength(40);
        submission.Property(s => s.PreviousVerdict).HasConversion<string>().HasMaxLength(40);
        submission.Property(s => s.TestsVersion).HasMaxLength(16);
        // The queue reads "oldest claimable first" on every poll.
        submission.HasIndex(s => new { s.Status, s.CreatedAt });
        // An account's submissions, per problem (its progress and history); a deleted account leaves them anonymous.
        submission.HasIndex(s => new { s.UserId, s.Problem });
        submission.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
