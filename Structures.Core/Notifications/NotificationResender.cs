using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// "Send to configured webhooks" for one notification: it is routed again as if new, so it goes where the
// settings say now. Stale notifications are not sent, as on the first pass.
public sealed class NotificationResender(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    NotificationForwarder forwarder,
    IOptionsMonitor<NotificationOptions> options,
    TimeProvider clock)
{
    public async Task<ChangeResult> ResendAsync(ViewerId viewerId, int notificationId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.VisibleNotifications(viewer).SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
        {
            return ChangeResult.Refused("There is no such notification.");
        }

        if (notification.ParseError is { } error)
        {
            return ChangeResult.Refused($"This notification could not be read, so it cannot be sent: {error}");
        }

        var staleAfter = options.CurrentValue.StaleAfter;
        if (clock.GetUtcNow().UtcDateTime - notification.Timestamp > staleAfter)
        {
            return ChangeResult.Refused($"This notification is older than {staleAfter.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} hours (Structures:Notifications:StaleAfter), so it is not sent any more.");
        }

        // A notification that failed is tried once more: sending again is how an admin retries it after a fix.
        var before = await db.QueuedMessages.CountAsync(m => m.NotificationId == notification.NotificationId, cancellationToken);
        notification.IsForwarded = false;
        notification.ProcessingError = null;
        await db.SaveChangesAsync(cancellationToken);
        await forwarder.ForwardAsync(notification.OwnerId, cancellationToken);
        var queued = await db.QueuedMessages.CountAsync(m => m.NotificationId == notification.NotificationId, cancellationToken) - before;
        await db.Entry(notification).ReloadAsync(cancellationToken);
        if (notification.ProcessingError is { } failure)
        {
            return ChangeResult.Refused($"This notification failed again, so it was not sent: {failure}");
        }

        return queued > 0
            ? ChangeResult.Done($"{notification.Type} queued for {queued} webhook(s).")
            : ChangeResult.Refused($"No webhook takes {notification.Type} for this owner: check the webhooks' type filters and owners.");
    }
}
