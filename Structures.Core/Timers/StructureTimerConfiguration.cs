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
        builder.HasIndex(t => new { t.OwnerId, t.Kind, t.StructureId, t.SolarSystemId, t.EndsAt }).IsUnique();
        builder.HasOne<Owner>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
