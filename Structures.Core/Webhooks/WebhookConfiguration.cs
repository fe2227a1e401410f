using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Webhooks;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("Webhooks");
        builder.HasIndex(w => w.Name).IsUnique();
        builder.HasIndex(w => w.Url).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(64);
        builder.Property(w => w.Url).HasMaxLength(255);
        builder.Ignore(w => w.Types);
        builder.Ignore(w => w.RoleIds);
    }
}

internal sealed class QueuedMessageConfiguration : IEntityTypeConfiguration<QueuedMessage>
{
    public void Configure(EntityTypeBuilder<QueuedMessage> builder)
    {
        builder.ToTable("QueuedMessages");
        builder.HasIndex(m => new { m.WebhookId, m.Status, m.Id });
        builder.HasOne<Webhook>().WithMany().HasForeignKey(m => m.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
