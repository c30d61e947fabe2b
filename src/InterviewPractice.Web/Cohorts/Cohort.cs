using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Cohorts;

/// <summary>An instructor's class: students join it by its invite link; the instructor assigns it problem sets.</summary>
public sealed class Cohort
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The instructor who runs it: the only one who sees its members and results.</summary>
    public required string InstructorId { get; set; }

    /// <summary>The SHA-256 of the invite link's token (the token is shown to the instructor, never stored).</summary>
    public required byte[] InviteHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A student in a cohort.</summary>
public sealed class CohortMember
{
    public Guid CohortId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>A problem set given to a cohort, due by a deadline.</summary>
public sealed class CohortAssignment
{
    public Guid Id { get; set; }

    public Guid CohortId { get; set; }

    /// <summary>The problem set's slug.</summary>
    public required string Set { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset Deadline { get; set; }

    /// <summary>
    /// For a timed assignment, the minutes each student has once they start it (as a mock assessment: one attempt,
    /// on the server's clock, ending at the deadline at the latest); null for an untimed one.
    /// </summary>
    public int? Minutes { get; set; }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>, IEntityTypeConfiguration<CohortMember>, IEntityTypeConfiguration<CohortAssignment>
{
    public void Configure(EntityTypeBuilder<Cohort> cohort)
    {
        cohort.ToTable("Cohorts");
        cohort.HasKey(c => c.Id);
        cohort.Property(c => c.Name).HasMaxLength(100);
        cohort.Property(c => c.InviteHash).HasMaxLength(32);
        cohort.HasIndex(c => c.InviteHash).IsUnique();
        cohort.HasIndex(c => c.InstructorId);
        cohort.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(c => c.InstructorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CohortMember> member)
    {
        member.ToTable("CohortMembers");
        member.HasKey(m => new { m.CohortId, m.UserId });
        member.HasIndex(m => m.UserId);
        member.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CohortAssignment> assignment)
    {
        assignment.ToTable("CohortAssignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Set).HasMaxLength(100);
        assignment.HasIndex(a => a.CohortId);
        assignment.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
