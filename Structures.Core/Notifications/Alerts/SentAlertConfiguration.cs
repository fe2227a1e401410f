using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Structures;

namespace Structures.Core.Notifications.Alerts;

internal sealed class SentAlertConfiguration : IEntityTypeConfiguration<SentAlert>
{
    public void Configure(EntityTypeBuilder<SentAlert> builder)
    {
        builder.ToTable("SentAlerts");
        builder.HasIndex(a => new { a.StructureId, a.Kind, a.RuleId, a.Bucket }).IsUnique();
        builder.HasOne<Structure>().WithMany().HasForeignKey(a => a.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
