using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Owners;

namespace Structures.Core.Timers;

internal sealed class StructureTimerConfiguration : IEntityTypeConfiguration<StructureTimer>
{
    public void Configure(EntityTypeBuilder<StructureTimer> builder)
    {
        builder.ToTable("StructureTimers");
        builder.HasIndex(t => t.EndsAt);
        builder.Property(t => t.StructureName).HasMaxLength(ManualTimerLimits.NameLength);
        builder.Property(t => t.StructureTypeName).HasMaxLength(ManualTimerLimits.NameLength);
        builder.Property(t => t.Notes).HasMaxLength(ManualTimerLimits.NotesLength);
        builder.Property(t => t.CreatedByName).HasMaxLength(100);
        builder.HasIndex(t => new { t.OwnerId, t.Kind, t.StructureId, t.SolarSystemId, t.EndsAt }).IsUnique();
        builder.HasOne<Owner>().WithMany().HasForeignKey(t => t.OwnerId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
    }
}
