using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Structures;

namespace Structures.Core.Timers;

// Turns an owner's new notifications into timers: once each, never from stale notifications, and a cancelled
// extraction takes its timer away again. One notification that cannot be timed never stops the others.
public sealed class TimerRecorder(
    IDbContextFactory<StructuresDbContext> contextFactory,
    IOptions<StructuresOptions> options,
    TimeProvider clock,
    ILogger<TimerRecorder> logger)
{
    public async Task<int> RecordAsync(long ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var freshSince = now - TimeSpan.FromHours(options.Value.HoursUntilStaleNotification);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.Notifications
            .Where(n => n.OwnerId == ownerId && !n.IsTimerAdded && n.ParseError == null && n.Timestamp >= freshSince)
            .OrderBy(n => n.Timestamp)
            .ToListAsync(cancellationToken);
        var added = 0;
        var failed = new List<Notification>();
        foreach (var notification in pending)
        {
            notification.IsTimerAdded = true;
            var (decision, error) = Decide(notification);
            if (error is not null && notification.ProcessingError is null)
            {
                notification.ProcessingError = error;
                failed.Add(notification);
            }

            if (decision is null)
            {
                continue;
            }

            if (decision.CancelExtractionOf is { } structureId)
            {
                // An extraction started and cancelled within one fetch has its timer only in this unit of work so far.
                foreach (var started in db.ChangeTracker.Entries<StructureTimer>()
                    .Where(e => e.State == EntityState.Added && IsCancelled(e.Entity, structureId, notification.Timestamp)).ToList())
                {
                    started.State = EntityState.Detached;
                    added--;
                }

                await db.StructureTimers
                    .Where(t => t.OwnerId == ownerId && t.Kind == TimerKind.MoonExtraction && t.StructureId == structureId && t.EndsAt > notification.Timestamp)
                    .ExecuteDeleteAsync(cancellationToken);
            }

            if (decision.Add is { } timer && Wanted(timer) && !await ExistsAsync(db, ownerId, timer, cancellationToken))
            {
                timer.OwnerId = ownerId;
                timer.IsCorpRestricted = options.Value.TimersAreCorpRestricted;
                timer.SourceNotificationId = notification.NotificationId;
                timer.CreatedAt = now;
                db.Add(timer);
                added++;
            }
        }

        if (failed.Count > 0)
        {
            var owner = await db.Owners.SingleAsync(o => o.CorporationId == ownerId, cancellationToken);
            await NotificationFaultNotices.RaiseAsync(db, owner, failed, now, logger, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    // The timer one notification makes, decided on its own: what it throws comes back as its error, and no timer.
    private static (TimerDecision? Decision, string? Error) Decide(Notification notification)
    {
        try
        {
            var (payload, _) = NotificationPayloads.Parse(notification.Type, notification.Text);
            return (payload is null ? null : TimerExtractor.Decide(notification.Type, notification.Timestamp, payload), null);
        }
        catch (Exception ex)
        {
            return (null, NotificationFault.Describe(NotificationFault.Timer, ex));
        }
    }

    private static bool IsCancelled(StructureTimer timer, long structureId, DateTime cancelledAt) =>
        timer.Kind == TimerKind.MoonExtraction && timer.StructureId == structureId && timer.EndsAt > cancelledAt;

    // Structures:AddTimers turns timers off altogether; MoonExtractionTimersEnabled only the moon ones.
    private bool Wanted(StructureTimer timer) =>
        options.Value.AddTimers && (timer.Kind != TimerKind.MoonExtraction || options.Value.MoonExtractionTimersEnabled);

    // The same timer from a second notification (both characters saw it, or ESI resent it) is kept once.
    private static async Task<bool> ExistsAsync(StructuresDbContext db, long ownerId, StructureTimer timer, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<StructureTimer>().Any(e => e.Entity.Kind == timer.Kind && e.Entity.StructureId == timer.StructureId
            && e.Entity.SolarSystemId == timer.SolarSystemId && e.Entity.EndsAt == timer.EndsAt)
        || await db.StructureTimers.AnyAsync(t => t.OwnerId == ownerId && t.Kind == timer.Kind && t.StructureId == timer.StructureId
            && t.SolarSystemId == timer.SolarSystemId && t.EndsAt == timer.EndsAt, cancellationToken);
}
