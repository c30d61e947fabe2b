using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Drafts;

/// <summary>
/// A signed-in student's unsubmitted code for one problem in one language, kept on the server so it follows
/// them to another browser. The page keeps a copy in the browser too; the newer wins.
/// </summary>
public sealed class Draft
{
    public required string UserId { get; set; }

    public required string Problem { get; set; }

    public required string Language { get; set; }

    public required string Code { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> draft)
    {
        draft.ToTable("Drafts");
        draft.HasKey(d => new { d.UserId, d.Problem, d.Language });
        draft.Property(d => d.Problem).HasMaxLength(100);
        draft.Property(d => d.Language).HasMaxLength(20);
        // An account's drafts go with it.
        draft.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
