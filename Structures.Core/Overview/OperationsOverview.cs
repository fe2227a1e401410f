using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;

namespace Structures.Core.Overview;

// The operations overview of one viewer. Every section starts from the board, timer and owner queries, which go
// through Visibility, so it shows nothing they could not see on those pages.
public sealed class OperationsOverview(
    StructureBoard board, TimerBoard timers, OwnerOverview owners, DisabledSyncCharacters disabled, Viewers viewers, IDbContextFactory<StructuresDbContext> contextFactory, TimeProvider clock)
{
    public const int LatestNotifications = 10;

    public async Task<OperationsPicture> ForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await board.VisibleToAsync(viewerId, cancellationToken);
        var next = OverviewSections.TimersWithin(await timers.UpcomingForAsync(viewerId, cancellationToken), now, OverviewSections.TimerHorizon);
        var failing = OverviewSections.FailingOwners(await owners.VisibleToAsync(viewerId, cancellationToken));
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return new OperationsPicture(
            rows.Count,
            OverviewSections.UnderAttack(rows),
            OverviewSections.Reinforced(rows),
            FuelRunway.Of(rows, now),
            [.. next.Select(t => new UpcomingTimer(t, t.StructureId))],
            failing,
            await LatestNotificationsAsync(db, viewer, rows, cancellationToken))
        {
            DisabledCharacters = await disabled.OfAsync(viewerId, cancellationToken),
        };
    }

    private static async Task<IReadOnlyList<RecentNotification>> LatestNotificationsAsync(
        StructuresDbContext db, Viewer viewer, IReadOnlyList<StructureBoardRow> rows, CancellationToken cancellationToken)
    {
        var latest = await db.VisibleNotifications(viewer).AsNoTracking()
            .OrderByDescending(n => n.Timestamp).ThenByDescending(n => n.NotificationId)
            .Take(LatestNotifications)
            .Select(n => new { n.NotificationId, n.OwnerId, n.Type, n.Timestamp, n.StructureId })
            .ToListAsync(cancellationToken);
        var ownerIds = latest.Select(n => n.OwnerId).Distinct().ToList();
        var ownerNames = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId))
            .ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken);
        var names = rows.ToDictionary(r => r.Id, r => r.Name);
        return [.. latest.Select(n => new RecentNotification(n.NotificationId, n.OwnerId, ownerNames.GetValueOrDefault(n.OwnerId, "?"), n.Type, n.Timestamp,
            n.StructureId, n.StructureId is { } id ? names.GetValueOrDefault(id) : null))];
    }
}
