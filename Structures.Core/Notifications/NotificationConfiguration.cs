using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasIndex(n => new { n.OwnerId, n.NotificationId }).IsUnique();
        builder.HasIndex(n => new { n.OwnerId, n.ContentKey }).IsUnique();
        builder.HasIndex(n => n.Timestamp);
        builder.HasIndex(n => new { n.StructureId, n.Timestamp });
        builder.Property(n => n.Type).HasMaxLength(100);
        builder.Property(n => n.ContentKey).HasMaxLength(64);
        builder.HasOne<Owner>().WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
