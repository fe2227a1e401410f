using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Webhooks;

internal sealed class StandingMessageConfiguration : IEntityTypeConfiguration<StandingMessage>
{
    public void Configure(EntityTypeBuilder<StandingMessage> builder)
    {
        builder.ToTable("StandingMessages");
        builder.HasKey(m => new { m.WebhookId, m.Slot });
        builder.Property(m => m.Slot).HasMaxLength(64);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(m => m.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
