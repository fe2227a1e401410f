using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Webhooks;

namespace Structures.Core.Timers.Announcements;

// Tells webhooks about timers through the outbox, which delivers, paces and retries as it does for alerts.
public sealed class TimerAnnouncer(
    IDbContextFactory<StructuresDbContext> contextFactory,
    WebhookOutbox outbox,
    IStringLocalizer<TimerWords> words,
    IStringLocalizer<TimeWords> timeWords,
    IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    // Queues the reminders that are due, each with its record in the same transaction: the unique record keeps a
    // restart or an overlapping run from queuing it twice. Returns the reminders queued.
    public Task<int> SendDueRemindersAsync(CancellationToken cancellationToken) =>
        AnnounceAsync(w => w.Leads.Count > 0, async (db, webhooks, now) =>
        {
            var timers = await AnnouncedTimer.LoadAsync(db, now, now + webhooks.Max(w => w.Leads.Max()), cancellationToken);
            var timerIds = timers.Select(t => t.Id).ToList();
            var sent = (await db.Set<TimerReminder>().AsNoTracking().Where(r => timerIds.Contains(r.TimerId))
                .Select(r => new { r.TimerId, r.WebhookId, r.LeadMinutes }).ToListAsync(cancellationToken))
                .Select(r => (r.TimerId, r.WebhookId, r.LeadMinutes)).ToHashSet();
            var due = DueReminders.Find(timers, webhooks, sent, now);
            foreach (var reminder in due)
            {
                outbox.Enqueue(db, reminder.Webhook.Id, InLanguageOf(reminder.Webhook, () => ReminderMessage.Build(reminder, now, options.Value.SetAvatar, words, timeWords)));
                db.Add(new TimerReminder { TimerId = reminder.Timer.Id, WebhookId = reminder.Webhook.Id, LeadMinutes = (int)reminder.Lead.TotalMinutes, QueuedAt = now });
            }

            return due.Select(r => r.Webhook.Id).ToList();
        }, cancellationToken);

    // Keeps each chosen webhook's "upcoming timers" message current: when what it would list differs from what was
    // last queued, the new text is queued as an edit of that standing message. Returns the webhooks whose list changed.
    public Task<int> RefreshUpcomingAsync(CancellationToken cancellationToken) =>
        AnnounceAsync(w => w.PostsUpcomingTimers, async (db, webhooks, now) =>
        {
            var timers = await AnnouncedTimer.LoadAsync(db, now, now + UpcomingTimersMessage.Horizon, cancellationToken);
            var changed = new List<int>();
            foreach (var webhook in webhooks)
            {
                var message = InLanguageOf(webhook, () => UpcomingTimersMessage.Build(timers.Where(t => TimerAudience.Takes(webhook, t)).ToList(), options.Value.SetAvatar, words));
                if (await outbox.EnqueueStandingAsync(db, webhook.Id, UpcomingTimersMessage.Slot, message, cancellationToken) is not null)
                {
                    changed.Add(webhook.Id);
                }
            }

            return changed;
        }, cancellationToken);

    private DiscordMessage InLanguageOf(AnnouncingWebhook webhook, Func<DiscordMessage> build) =>
        NotificationLanguage.Render(NotificationLanguage.Culture(webhook.Language, options.Value.DefaultLanguage), build);

    // One round for the webhooks that asked: what queue writes is committed at once, then the dispatcher is signalled.
    private async Task<int> AnnounceAsync(
        Func<AnnouncingWebhook, bool> asked, Func<StructuresDbContext, List<AnnouncingWebhook>, DateTime, Task<List<int>>> queue, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhooks = (await AnnouncingWebhook.LoadAsync(db, cancellationToken)).Where(asked).ToList();
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var queued = await queue(db, webhooks, now);
        await db.SaveChangesAsync(cancellationToken);
        queued.Distinct().ToList().ForEach(outbox.Signal);
        return queued.Count;
    }
}
