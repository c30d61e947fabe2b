using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Assessments;

/// <summary>
/// A mock assessment: problems drawn for one student, coding and concept together, against a timer the server
/// keeps (a reload or a second tab does not reset it). At the end the server submits each coding problem's latest
/// draft that was not already accepted; the report stays in the student's history.
/// </summary>
public sealed class Assessment
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What was asked for, in words ("Phone screen: 1 coding + 3 concept").</summary>
    public required string Title { get; set; }

    /// <summary>The timed cohort assignment this is the student's attempt at; null for a practice assessment.</summary>
    public Guid? AssignmentId { get; set; }

    /// <summary>The problems, in the order they are shown.</summary>
    public List<string> Problems { get; set; } = [];

    public int Minutes { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>When it ended (time up, or the student finished early); null while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The client the server's end-of-time submissions are queued under.</summary>
    public string EndClient() => $"{AssessmentService.ClientPrefix}{Id:N}";

    /// <summary>Whether a try counts for it: made while it ran, or submitted by the server when it ended.</summary>
    public bool Holds(Submissions.Try attempt) =>
        attempt.At >= StartedAt && (attempt.At <= (FinishedAt ?? EndsAt) || attempt.Client == EndClient());
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> assessment)
    {
        assessment.ToTable("Assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Title).HasMaxLength(200);
        // Every node closes the ones that are due: a finished one is not finished twice.
        assessment.Property(a => a.FinishedAt).IsConcurrencyToken();
        assessment.HasIndex(a => new { a.UserId, a.StartedAt });
        assessment.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        // One attempt per student at a timed assignment (practice ones have no assignment: NULLs never collide).
        assessment.HasIndex(a => new { a.AssignmentId, a.UserId }).IsUnique();
        assessment.HasOne<Cohorts.CohortAssignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
