using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Owners;

internal sealed class OwnerConfiguration : IEntityTypeConfiguration<Owner>
{
    public void Configure(EntityTypeBuilder<Owner> builder)
    {
        builder.ToTable("Owners");
        builder.HasKey(o => o.CorporationId);
        builder.Property(o => o.CorporationId).ValueGeneratedNever();

        // One main owner per alliance.
        builder.HasIndex(o => o.AllianceId).IsUnique().HasFilter("\"IsAllianceMain\"").HasDatabaseName("IX_Owners_AllianceMain");
        builder.Property(o => o.AppliedSnapshot).HasMaxLength(64);
        builder.OwnsOne(o => o.StructuresSync);
        builder.OwnsOne(o => o.AssetsSync);
        builder.OwnsOne(o => o.NotificationsSync);
        builder.OwnsOne(o => o.ForwardingSync);
        builder.HasMany(o => o.Webhooks).WithMany(w => w.Owners).UsingEntity("OwnerWebhooks");
        builder.HasMany(o => o.Characters).WithOne(c => c.Owner).HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
