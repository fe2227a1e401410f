using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Notifications.Alerts;

internal sealed class JumpFuelAlertRuleConfiguration : IEntityTypeConfiguration<JumpFuelAlertRule>
{
    public void Configure(EntityTypeBuilder<JumpFuelAlertRule> builder) => builder.ToTable("JumpFuelAlertRules");
}
