using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// The notifications a viewer may see, newest first, with each webhook's delivery state.
public sealed class NotificationList(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<NotificationRow>> ForAsync(ViewerId viewerId, NotificationFilter filter, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.VisibleNotifications(viewer).AsNoTracking();
        if (filter.OwnerId is { } ownerId)
        {
            query = query.Where(n => n.OwnerId == ownerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(n => n.Type == filter.Type);
        }

        query = filter.Status switch
        {
            NotificationStatus.Forwarded => query.Where(n => n.IsForwarded),
            NotificationStatus.NotForwarded => query.Where(n => !n.IsForwarded && n.ParseError == null && n.ProcessingError == null),
            NotificationStatus.Problem => query.Where(n => n.ParseError != null || !n.IsKnownType),
            NotificationStatus.Failed => query.Where(n => n.ProcessingError != null),
            _ => query,
        };
        var notifications = await query.OrderByDescending(n => n.Timestamp).ThenByDescending(n => n.NotificationId).Take(PageSize).ToListAsync(cancellationToken);
        var ids = notifications.Select(n => (long?)n.NotificationId).ToList();
        var deliveries = await db.QueuedMessages.AsNoTracking().Where(m => ids.Contains(m.NotificationId))
            .Join(db.Webhooks, m => m.WebhookId, w => w.Id, (m, w) => new { m.NotificationId, m.Id, w.Name, m.Status, m.LastError })
            .ToListAsync(cancellationToken);
        var ownerIds = notifications.Select(n => n.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId)).ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken);
        return notifications.Select(n => new NotificationRow(
                n.Id, n.NotificationId, n.OwnerId, owners.GetValueOrDefault(n.OwnerId, "?"), n.Type, n.Timestamp, n.IsForwarded, n.IsKnownType, n.ParseError, n.IsTimerAdded, n.ProcessingError,
                deliveries.Where(d => d.NotificationId == n.NotificationId).OrderBy(d => d.Id)
                    .Select(d => new NotificationDelivery(d.Name, d.Status, d.LastError)).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> TypesAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VisibleNotifications(viewer).Select(n => n.Type).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}

public sealed record NotificationFilter(long? OwnerId = null, string? Type = null, NotificationStatus Status = NotificationStatus.All);

public enum NotificationStatus
{
    All,
    Forwarded,
    NotForwarded,
    Problem,
    Failed,
}

public sealed record NotificationRow(
    int Id, long NotificationId, long OwnerId, string OwnerName, string Type, DateTime Timestamp, bool IsForwarded, bool IsKnownType, string? ParseError, bool IsTimerAdded, string? ProcessingError,
    IReadOnlyList<NotificationDelivery> Deliveries);

public sealed record NotificationDelivery(string WebhookName, QueuedMessageStatus Status, string? LastError);
