using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Notifications.Alerts;

internal sealed class FuelAlertRuleConfiguration : IEntityTypeConfiguration<FuelAlertRule>
{
    public void Configure(EntityTypeBuilder<FuelAlertRule> builder) => builder.ToTable("FuelAlertRules");
}
