using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Webhooks;

namespace Structures.Core.Timers.Announcements;

internal sealed class TimerReminderConfiguration : IEntityTypeConfiguration<TimerReminder>
{
    public void Configure(EntityTypeBuilder<TimerReminder> builder)
    {
        builder.ToTable("TimerReminders");
        builder.HasIndex(r => new { r.TimerId, r.WebhookId, r.LeadMinutes }).IsUnique();
        builder.HasOne<StructureTimer>().WithMany().HasForeignKey(r => r.TimerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(r => r.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
