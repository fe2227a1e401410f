using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// The notifications a viewer may see, newest first, a page at a time: only that page is read and rendered, with what
// each is about and each webhook's delivery state.
public sealed class NotificationList(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, NotificationSummaries summaries)
{
    public const int PageSize = 25;

    public async Task<NotificationPage> ForAsync(ViewerId viewerId, NotificationFilter filter, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db.VisibleNotifications(viewer), filter);
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            await summaries.IndexAsync(db, db.VisibleNotifications(viewer), cancellationToken);
            // The stored search text is lower-cased; the type and structure name are lowered here, since PostgreSQL's
            // LIKE, unlike SQLite's, minds case.
            var pattern = $"%{search.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(n => EF.Functions.Like(n.SearchText!, pattern, "\\") || EF.Functions.Like(DatabaseText.Lower(n.Type), pattern, "\\")
                || db.Structures.Any(s => s.Id == n.StructureId && s.OwnerId == n.OwnerId && EF.Functions.Like(DatabaseText.Lower(s.Name), pattern, "\\")));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var notifications = await query.AsNoTracking().OrderByDescending(n => n.Timestamp).ThenByDescending(n => n.NotificationId)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var told = await summaries.ForAsync(db, notifications, cancellationToken);
        var deliveries = await NotificationDeliveries.ForAsync(db, [.. notifications.Select(n => n.NotificationId)], cancellationToken);
        var ownerIds = notifications.Select(n => n.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId)).ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken);
        var subjectIds = notifications.Select(n => n.StructureId).OfType<long>().ToList();
        var openable = (await db.VisibleStructures(viewer).Where(s => subjectIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rows = notifications.Select(n => new NotificationRow(
                n.Id, n.NotificationId, n.OwnerId, owners.GetValueOrDefault(n.OwnerId, "?"), n.Type, n.Timestamp, n.IsForwarded, n.IsKnownType, n.ParseError, n.IsTimerAdded, n.ProcessingError,
                told[n.Id].Summary, n.StructureId is { } id && openable.Contains(id) ? id : null, told[n.Id].Embed, deliveries.GetValueOrDefault(n.NotificationId, [])))
            .ToList();
        return new NotificationPage(rows, total, page, PageSize);
    }

    public async Task<IReadOnlyList<string>> TypesAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VisibleNotifications(viewer).Select(n => n.Type).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    private static IQueryable<Notification> Filtered(IQueryable<Notification> query, NotificationFilter filter)
    {
        if (filter.OwnerId is { } ownerId)
        {
            query = query.Where(n => n.OwnerId == ownerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(n => n.Type == filter.Type);
        }

        return filter.Status switch
        {
            NotificationStatus.Forwarded => query.Where(n => n.IsForwarded),
            NotificationStatus.NotForwarded => query.Where(n => !n.IsForwarded && n.ParseError == null && n.ProcessingError == null),
            NotificationStatus.Problem => query.Where(n => n.ParseError != null || !n.IsKnownType),
            NotificationStatus.Failed => query.Where(n => n.ProcessingError != null),
            _ => query,
        };
    }
}
