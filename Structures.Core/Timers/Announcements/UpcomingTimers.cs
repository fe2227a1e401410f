using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;

namespace Structures.Core.Timers.Announcements;

// Keeps each chosen webhook's "upcoming timers" message current: when what it would list differs from what was last
// queued, the new text goes into the outbox as an edit of that standing message (posted first when there is none).
public sealed class UpcomingTimers(
    IDbContextFactory<StructuresDbContext> contextFactory, WebhookOutbox outbox, IOptions<NotificationOptions> options, TimeProvider clock)
{
    // Returns the webhooks whose message changed.
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhooks = (await AnnouncingWebhook.LoadAsync(db, cancellationToken)).Where(w => w.PostsUpcomingTimers).ToList();
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var timers = await AnnouncedTimer.LoadAsync(db, now, now + UpcomingTimersMessage.Horizon, cancellationToken);
        var changed = new List<int>();
        foreach (var webhook in webhooks)
        {
            var message = UpcomingTimersMessage.Build(timers.Where(t => TimerAudience.Takes(webhook, t)).ToList(), options.Value.SetAvatar);
            if (await outbox.EnqueueStandingAsync(db, webhook.Id, UpcomingTimersMessage.Slot, message, cancellationToken) is not null)
            {
                changed.Add(webhook.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        changed.ForEach(outbox.Signal);
        return changed.Count;
    }
}
