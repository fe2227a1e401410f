using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Timers;

// Turns an owner's new notifications into timers, from their texts as read once: once each, never from stale
// notifications, and a cancelled extraction takes its timer away again. One notification that cannot be timed never
// stops the others.
public sealed class TimerRecorder(
    IDbContextFactory<StructuresDbContext> contextFactory,
    IOptions<TimerOptions> options,
    IOptions<NotificationOptions> notificationOptions,
    TimeProvider clock,
    ILogger<TimerRecorder> logger)
{
    // Times what the owner has pending, read afresh.
    public async Task<int> RecordAsync(long ownerId, CancellationToken cancellationToken)
    {
        var freshSince = clock.GetUtcNow().UtcDateTime - notificationOptions.Value.StaleAfter;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == ownerId, cancellationToken);
        var pending = await PendingNotifications.LoadAsync(db, ownerId, freshSince, [], cancellationToken);
        return await RecordAsync(db, owner, pending, cancellationToken);
    }

    // Times the notifications among parsed that are not timed yet, from what their texts were read into, and commits.
    // Returns how many timers were added.
    public async Task<int> RecordAsync(StructuresDbContext db, Owners.Owner owner, IReadOnlyList<ParsedNotification> parsed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ownerId = owner.CorporationId;
        var added = 0;
        var failed = new List<Notification>();
        foreach (var (notification, payload) in parsed.Where(p => !p.Row.IsTimerAdded).Select(p => (p.Row, p.Payload)))
        {
            notification.IsTimerAdded = true;
            var (decision, error) = Decide(notification, payload);
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

            if (decision.Add is { } timer && Wanted(timer) && !await ExistsAsync(db, Holders(db, owner, notification), timer, cancellationToken))
            {
                timer.OwnerId = ownerId;
                timer.IsCorpRestricted = options.Value.CorpRestricted;
                timer.SourceNotificationId = notification.NotificationId;
                timer.CreatedAt = now;
                db.Add(timer);
                added++;
            }
        }

        await NotificationFaultNotices.RaiseAsync(db, owner, failed, now, logger, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    // The timer one notification makes, decided on its own: what it throws comes back as its error, and no timer.
    private static (TimerDecision? Decision, string? Error) Decide(Notification notification, NotificationPayload? payload)
    {
        try
        {
            return (payload is null ? null : TimerExtractor.Decide(notification.Type, notification.Timestamp, payload), null);
        }
        catch (Exception ex)
        {
            return (null, NotificationFault.Describe(NotificationFault.Timer, ex));
        }
    }

    private static bool IsCancelled(StructureTimer timer, long structureId, DateTime cancelledAt) =>
        timer.Kind == TimerKind.MoonExtraction && timer.StructureId == structureId && timer.EndsAt > cancelledAt;

    // Structures:Timers:Enabled turns timers off altogether; MoonExtractionsEnabled only the moon ones.
    private bool Wanted(StructureTimer timer) =>
        options.Value.Enabled && (timer.Kind != TimerKind.MoonExtraction || options.Value.MoonExtractionsEnabled);

    // The owners whose timers a timer from this notification would repeat: alliance-level news (a sovereignty
    // structure reinforced) reaches every owner of the alliance, and is timed once for all of them.
    private static IQueryable<long> Holders(StructuresDbContext db, Owners.Owner owner, Notification notification) =>
        owner.AllianceId is { } alliance && NotificationTypes.Find(notification.Type)?.IsAllianceLevel == true
            ? db.Owners.Where(o => o.AllianceId == alliance).Select(o => o.CorporationId)
            : db.Owners.Where(o => o.CorporationId == owner.CorporationId).Select(o => o.CorporationId);

    // The same timer from a second notification (both characters saw it, or ESI resent it) is kept once.
    private static async Task<bool> ExistsAsync(StructuresDbContext db, IQueryable<long> holders, StructureTimer timer, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<StructureTimer>().Any(e => e.Entity.Kind == timer.Kind && e.Entity.StructureId == timer.StructureId
            && e.Entity.SolarSystemId == timer.SolarSystemId && e.Entity.EndsAt == timer.EndsAt)
        || await db.StructureTimers.AnyAsync(t => t.OwnerId != null && holders.Contains(t.OwnerId.Value) && t.Kind == timer.Kind && t.StructureId == timer.StructureId
            && t.SolarSystemId == timer.SolarSystemId && t.EndsAt == timer.EndsAt, cancellationToken);
}
