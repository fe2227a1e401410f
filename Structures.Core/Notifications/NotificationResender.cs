using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Structures;

namespace Structures.Core.Notifications;

// "Send to configured webhooks" for one notification: it is routed again as if new, so it goes where the
// settings say now. Stale notifications are not sent, as on the first pass.
public sealed class NotificationResender(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    NotificationForwarder forwarder,
    IOptionsMonitor<StructuresOptions> options,
    TimeProvider clock)
{
    public async Task<ChangeResult> ResendAsync(ViewerId viewerId, int notificationId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return ChangeResult.NotPermitted;
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

        var staleAfter = TimeSpan.FromHours(options.CurrentValue.HoursUntilStaleNotification);
        if (clock.GetUtcNow().UtcDateTime - notification.Timestamp > staleAfter)
        {
            return ChangeResult.Refused($"This notification is older than {options.CurrentValue.HoursUntilStaleNotification} hours (Structures:HoursUntilStaleNotification), so it is not sent any more.");
        }

        var before = await db.QueuedMessages.CountAsync(m => m.NotificationId == notification.NotificationId, cancellationToken);
        notification.IsForwarded = false;
        await db.SaveChangesAsync(cancellationToken);
        await forwarder.ForwardAsync(notification.OwnerId, cancellationToken);
        var queued = await db.QueuedMessages.CountAsync(m => m.NotificationId == notification.NotificationId, cancellationToken) - before;
        return queued > 0
            ? ChangeResult.Done($"{notification.Type} queued for {queued} webhook(s).")
            : ChangeResult.Refused($"No webhook takes {notification.Type} for this owner: check the webhooks' type filters and owners.");
    }
}
