using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Structures;

namespace Structures.Core.Notifications.Alerts;

internal sealed class FuelAlertRuleConfiguration : IEntityTypeConfiguration<FuelAlertRule>
{
    public void Configure(EntityTypeBuilder<FuelAlertRule> builder) => builder.ToTable("FuelAlertRules");
}

internal sealed class JumpFuelAlertRuleConfiguration : IEntityTypeConfiguration<JumpFuelAlertRule>
{
    public void Configure(EntityTypeBuilder<JumpFuelAlertRule> builder) => builder.ToTable("JumpFuelAlertRules");
}

internal sealed class SentAlertConfiguration : IEntityTypeConfiguration<SentAlert>
{
    public void Configure(EntityTypeBuilder<SentAlert> builder)
    {
        builder.ToTable("SentAlerts");
        builder.HasIndex(a => new { a.StructureId, a.Kind, a.RuleId, a.Bucket }).IsUnique();
        builder.HasOne<Structure>().WithMany().HasForeignKey(a => a.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
