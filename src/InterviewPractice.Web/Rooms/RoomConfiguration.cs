using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPractice.Web.Rooms;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> room)
    {
        room.ToTable("Rooms");
        room.HasKey(r => r.Id);
        room.Property(r => r.Problem).HasMaxLength(100);
        room.Property(r => r.Language).HasMaxLength(20);
        room.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        // Two nodes may try to swap a peer room's roles at the same moment: one wins, the other sees it done.
        room.Property(r => r.Round).IsConcurrencyToken();
        // An account's rooms (its history); a deleted account leaves its rooms without an owner.
        room.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.CreatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RoomInviteConfiguration : IEntityTypeConfiguration<RoomInvite>
{
    public void Configure(EntityTypeBuilder<RoomInvite> invite)
    {
        invite.ToTable("RoomInvites");
        invite.HasKey(i => i.Id);
        invite.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        invite.Property(i => i.TokenHash).HasMaxLength(32);
        // Joining looks the link up by its token's hash.
        invite.HasIndex(i => i.TokenHash).IsUnique();
        invite.HasOne<Room>().WithMany().HasForeignKey(i => i.RoomId).OnDelete(DeleteBehavior.Cascade);
        // The seats an account took (its interviews); a deleted account leaves the seat anonymous.
        invite.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RoomEventConfiguration : IEntityTypeConfiguration<RoomEvent>
{
    public void Configure(EntityTypeBuilder<RoomEvent> e)
    {
        e.ToTable("RoomEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Author).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.AuthorName).HasMaxLength(60);
        // A room's log, read from a point on.
        e.HasIndex(x => new { x.RoomId, x.Id });
        e.HasOne<Room>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoomSnapshotConfiguration : IEntityTypeConfiguration<RoomSnapshot>
{
    public void Configure(EntityTypeBuilder<RoomSnapshot> snapshot)
    {
        snapshot.ToTable("RoomSnapshots");
        // One per room, replaced as the log grows.
        snapshot.HasKey(s => s.RoomId);
        snapshot.HasOne<Room>().WithOne().HasForeignKey<RoomSnapshot>(s => s.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoomScorecardConfiguration : IEntityTypeConfiguration<RoomScorecard>
{
    public void Configure(EntityTypeBuilder<RoomScorecard> card)
    {
        card.ToTable("RoomScorecards");
        card.HasKey(c => new { c.RoomId, c.Round, c.By });
        card.Property(c => c.By).HasConversion<string>().HasMaxLength(20);
        card.Property(c => c.Hire).HasConversion<string>().HasMaxLength(20);
        card.Property(c => c.Comments).HasMaxLength(4000);
        card.Property(c => c.Name).HasMaxLength(60);
        card.HasOne<Room>().WithMany().HasForeignKey(c => c.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
