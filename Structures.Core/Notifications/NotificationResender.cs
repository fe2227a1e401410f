using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// "Send again" for one notification: first where it would go and with which pings, for the admin to confirm; then
// sent, routed again as if new so it goes where the settings say now, its title marked as resent, with or without
// pings. Stale notifications are not sent, as on the first pass.
public sealed class NotificationResender(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    NotificationForwarder forwarder,
    IOptionsMonitor<NotificationOptions> options,
    IStringLocalizer<NotificationAdminWords> words,
    TimeProvider clock)
{
    public async Task<ResendPlan> PlanAsync(ViewerId viewerId, int notificationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (notification, refusal) = await FindAsync(db, viewerId, notificationId, cancellationToken);
        if (notification is null)
        {
            return new ResendPlan(notification?.Type ?? "", [], refusal!.Message);
        }

        var owner = await db.Owners.SingleAsync(o => o.CorporationId == notification.OwnerId, cancellationToken);
        var targets = await forwarder.PlanAsync(db, owner, ParsedNotification.Parse(notification), cancellationToken);
        return new ResendPlan(notification.Type, targets, targets.Count == 0 ? NoWebhook(notification) : null);
    }

    public async Task<ChangeResult> ResendAsync(ViewerId viewerId, int notificationId, bool withPings, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (notification, refusal) = await FindAsync(db, viewerId, notificationId, cancellationToken);
        if (notification is null)
        {
            return refusal!;
        }

        // A notification that failed is tried once more: sending again is how an admin retries it after a fix.
        notification.ProcessingError = null;
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == notification.OwnerId, cancellationToken);
        var parsed = ParsedNotification.Parse(notification);
        var queued = parsed.Fault is not null ? 0 : await forwarder.ResendAsync(db, owner, parsed, withPings, cancellationToken);
        if ((parsed.Fault ?? notification.ProcessingError) is { } failure)
        {
            notification.ProcessingError = failure;
            await db.SaveChangesAsync(cancellationToken);
            return ChangeResult.Refused(words["ResendFailedAgain", failure]);
        }

        return queued > 0
            ? ChangeResult.Done(words[withPings ? "ResendQueued" : "ResendQueuedWithoutPings", notification.Type, queued])
            : ChangeResult.Refused(NoWebhook(notification));
    }

    private async Task<(Notification? Notification, ChangeResult? Refusal)> FindAsync(StructuresDbContext db, ViewerId viewerId, int notificationId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var notification = await db.VisibleNotifications(viewer).SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
        {
            return (null, ChangeResult.Refused(words["ResendNoSuch"]));
        }

        if (notification.ParseError is { } error)
        {
            return (null, ChangeResult.Refused(words["ResendUnreadable", error]));
        }

        var staleAfter = options.CurrentValue.StaleAfter;
        return clock.GetUtcNow().UtcDateTime - notification.Timestamp > staleAfter
            ? (null, ChangeResult.Refused(words["ResendStale", staleAfter.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)]))
            : (notification, null);
    }

    private string NoWebhook(Notification notification) => words["ResendNoWebhook", notification.Type];
}

// Where "send again" would send a notification and with which pings; Refusal says why it would not be sent.
public sealed record ResendPlan(string Type, IReadOnlyList<ResendTarget> Targets, string? Refusal);
