using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;

namespace Structures.Core.Timers.Announcements;

// Queues the reminders that are due, each with its record in the same transaction: the unique record keeps a
// restart or an overlapping run from queuing it twice, and the outbox delivers it as it delivers alerts.
public sealed class TimerReminders(
    IDbContextFactory<StructuresDbContext> contextFactory, WebhookOutbox outbox, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhooks = (await AnnouncingWebhook.LoadAsync(db, cancellationToken)).Where(w => w.Leads.Count > 0).ToList();
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var timers = await AnnouncedTimer.LoadAsync(db, now, now + webhooks.Max(w => w.Leads.Max()), cancellationToken);
        var timerIds = timers.Select(t => t.Id).ToList();
        var sent = (await db.Set<TimerReminder>().AsNoTracking().Where(r => timerIds.Contains(r.TimerId))
            .Select(r => new { r.TimerId, r.WebhookId, r.LeadMinutes }).ToListAsync(cancellationToken))
            .Select(r => (r.TimerId, r.WebhookId, r.LeadMinutes)).ToHashSet();
        var due = DueReminders.Find(timers, webhooks, sent, now);
        foreach (var reminder in due)
        {
            outbox.Enqueue(db, reminder.Webhook.Id, ReminderMessage.Build(reminder, now, options.Value.SetAvatar));
            db.Add(new TimerReminder { TimerId = reminder.Timer.Id, WebhookId = reminder.Webhook.Id, LeadMinutes = (int)reminder.Lead.TotalMinutes, QueuedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        due.Select(r => r.Webhook.Id).Distinct().ToList().ForEach(outbox.Signal);
        return due.Count;
    }
}
