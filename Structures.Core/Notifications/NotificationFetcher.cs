using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Live;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Fetches an owner's notifications with its rotated character and stores the new ones, each event once, reading each
// text as it is stored; then hands what was read to forwarding and timers. Unknown types and unreadable texts are
// stored too, with what is wrong, and never stop the fetch.
public sealed class NotificationFetcher(
    IDbContextFactory<StructuresDbContext> contextFactory,
    SyncCharacterPicker picker,
    EsiClient esi,
    Sso.EveTokenRefresher tokens,
    Timers.TimerRecorder timers,
    NotificationForwarder forwarder,
    DashboardEvents events,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NotificationFetcher> logger,
    Telemetry.StructuresTelemetry telemetry)
{
    public async Task<NotificationFetchResult> FetchAsync(long ownerId, CancellationToken cancellationToken)
    {
        using var trace = Telemetry.DeliveryTrace.StartFetch(ownerId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await LoadOwnerAsync(db, ownerId, cancellationToken);
        if (owner is null || !owner.IsActive)
        {
            return new NotificationFetchResult(0, owner is null ? "No such owner." : "The owner is inactive.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        owner.NotificationsSync.LastAttemptAt = now;
        var pick = await picker.PickAsync(owner, SyncKind.Notifications, cancellationToken);
        if (!pick.Found)
        {
            return await FailAsync(db, owner, now, pick.Error!, cancellationToken);
        }

        var character = pick.Character!;
        var answer = await esi.GetNotificationsAsync(pick.Auth!, cancellationToken);
        NoteCache(owner, character, answer.ExpiresAt, fresh: answer.Outcome == EsiOutcome.Ok, now, clock.GetUtcNow().UtcDateTime);
        if (!answer.IsSuccess)
        {
            tokens.Forget(character.Id);
            return await FailAsync(db, owner, now, $"Notifications: {answer.Error}", cancellationToken);
        }

        // An unchanged answer is read again too: a fetch that failed after ESI answered (the database locked) stores
        // it on the next try, and what is stored already is skipped.
        var added = await StoreAndForwardAsync(db, owner, character.CharacterId, answer.Value ?? [], now, announce: true, cancellationToken);
        return new NotificationFetchResult(added.Count, null);
    }

    // Until when ESI keeps the character's answer, and how long ESI caches the owner's notifications, from a fresh one.
    internal static void NoteCache(Owner owner, OwnerCharacter character, DateTime? expiresAt, bool fresh, DateTime askedAt, DateTime answeredAt)
    {
        var cacheExpiry = NotificationFetchDue.CacheExpiry(expiresAt, answeredAt, fresh);
        character.NotificationsCacheExpiresAt = cacheExpiry ?? askedAt;
        if (fresh && cacheExpiry is { } expires && expires > answeredAt)
        {
            owner.NotificationsCacheSeconds = (expires - answeredAt).TotalSeconds;
        }
    }

    // The owner with its characters, to pick one of them and record the fetch on, and its webhooks, read here, before
    // ESI is asked, so routing what ESI answers waits for no further read. A webhook an admin changes while ESI answers
    // is routed to as it was read; one deleted meanwhile fails this forward, and the next fetch forwards what is pending.
    internal static Task<Owner?> LoadOwnerAsync(StructuresDbContext db, long ownerId, CancellationToken cancellationToken) =>
        db.Owners.Include(o => o.Characters).Include(o => o.Webhooks).AsSingleQuery().SingleOrDefaultAsync(o => o.CorporationId == ownerId, cancellationToken);

    // What follows ESI's answer: the new notifications stored, then forwarded and turned into timers, each step
    // committed. Unless announced (a rehearsal of the path), no board, metric, log or dispatcher hears of it.
    internal async Task<List<ParsedNotification>> StoreAndForwardAsync(
        StructuresDbContext db, Owner owner, long characterId, List<Esi.Models.EsiNotification> fetched, DateTime now, bool announce, CancellationToken cancellationToken)
    {
        var added = fetched.Count == 0 ? [] : await StoreNewAsync(db, owner.CorporationId, characterId, fetched, now, cancellationToken);
        if (announce)
        {
            telemetry.Received(added);
        }

        await NotificationFaultNotices.RaiseAsync(db, owner, [.. added.Select(p => p.Row).Where(n => n.ProcessingError is not null)], now, logger, cancellationToken);
        owner.NotificationsSync.Succeeded(now);
        await db.SaveChangesAsync(cancellationToken);

        // Before forwarding: every open board shows what these say about their structures at once (StructureOverlay).
        var overlaid = added.Where(p => Structures.Board.OverlayFact.Types.Contains(p.Type)).Select(p => p.Row.StructureId).OfType<long>().ToHashSet();
        if (announce && overlaid.Count > 0)
        {
            events.Publish(StructuresChanged.Naming(owner.CorporationId, overlaid));
        }

        var freshSince = now - options.Value.StaleAfter;
        var pending = await PendingNotifications.LoadAsync(db, owner.CorporationId, freshSince, added, cancellationToken);
        await forwarder.ForwardAsync(db, owner, pending, cancellationToken, signal: announce);
        if (added.Count > 0)
        {
            var timersAdded = await timers.RecordAsync(db, owner, pending, cancellationToken);
            if (announce)
            {
                logger.NotificationsStored(owner.CorporationName, added.Count);
                if (timersAdded > 0)
                {
                    events.Publish(new TimersChanged(owner.CorporationId));
                }

                events.Publish(new NotificationsReceived(owner.CorporationId, [.. added.Select(p => p.Row.Id)]));
            }
        }

        return added;
    }

    private static async Task<List<ParsedNotification>> StoreNewAsync(StructuresDbContext db, long ownerId, long characterId, List<Esi.Models.EsiNotification> fetched, DateTime now, CancellationToken cancellationToken)
    {
        var candidates = fetched.Select(n => (Esi: n, Key: NotificationContent.Key(n.Type, n.Timestamp, n.Text))).ToList();
        var ids = candidates.Select(c => c.Esi.NotificationId).ToList();
        var keys = candidates.Select(c => c.Key).ToList();
        var known = await db.Notifications.Where(n => n.OwnerId == ownerId && (ids.Contains(n.NotificationId) || keys.Contains(n.ContentKey)))
            .Select(n => new { n.NotificationId, n.ContentKey }).ToListAsync(cancellationToken);
        var seenIds = known.Select(k => k.NotificationId).ToHashSet();
        var seenKeys = known.Select(k => k.ContentKey).ToHashSet();

        var added = new List<ParsedNotification>();
        foreach (var (item, key) in candidates.OrderBy(c => c.Esi.Timestamp))
        {
            if (!seenIds.Add(item.NotificationId) || !seenKeys.Add(key))
            {
                continue;
            }

            var notification = new Notification
            {
                OwnerId = ownerId,
                NotificationId = item.NotificationId,
                Type = item.Type.Trim(),
                SenderId = item.SenderId,
                SenderType = item.SenderType,
                Timestamp = item.Timestamp.ToUniversalTime(),
                Text = item.Text ?? "",
                ContentKey = key,
                IsKnownType = NotificationTypes.IsKnown(item.Type),
                ReceivedByCharacterId = characterId,
                ReceivedAt = now,
            };
            var parsed = ParsedNotification.Parse(notification);
            (notification.ParseError, notification.ProcessingError) = (parsed.ParseError, parsed.Fault);
            db.Add(notification);
            added.Add(parsed);
        }

        await NotificationSubjects.AssignAsync(db, ownerId, added, cancellationToken);
        return added;
    }

    private async Task<NotificationFetchResult> FailAsync(StructuresDbContext db, Owner owner, DateTime now, string error, CancellationToken cancellationToken)
    {
        owner.NotificationsSync.Failed(now, error);
        await db.SaveChangesAsync(cancellationToken);
        logger.NotificationFetchFailed(owner.CorporationName, error);
        events.Publish(new OwnerStatusChanged(owner.CorporationId));
        return new NotificationFetchResult(0, error);
    }
}

public sealed record NotificationFetchResult(int Added, string? Error);
