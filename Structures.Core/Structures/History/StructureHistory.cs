using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Structures.History;

// A structure's history from its owner's notifications, newest first, a page at a time. A structure the viewer may
// not see and one that does not exist both give null, as the structure page does.
public sealed class StructureHistory(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
{
    public const int MaxPageSize = 200;

    public async Task<StructureHistoryPage?> ForAsync(ViewerId viewerId, long structureId, HistoryCursor? olderThan, int pageSize, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ownerId = await db.VisibleStructures(viewer).Where(s => s.Id == structureId).Select(s => (long?)s.OwnerId).SingleOrDefaultAsync(cancellationToken);
        if (ownerId is null)
        {
            return null;
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var types = HistoryEvents.Types.ToList();
        var query = db.VisibleNotifications(viewer).AsNoTracking()
            .Where(n => n.OwnerId == ownerId && n.StructureId == structureId && types.Contains(n.Type));
        if (olderThan is { } cursor)
        {
            query = query.Where(n => n.Timestamp < cursor.At || (n.Timestamp == cursor.At && n.Id < cursor.RowId));
        }

        var rows = await query.OrderByDescending(n => n.Timestamp).ThenByDescending(n => n.Id).Take(size + 1).ToListAsync(cancellationToken);
        var events = rows.Take(size).Select(HistoryEvents.Read).OfType<StructureHistoryEvent>().ToList();
        var unnamed = events.SelectMany(e => e.Attacker?.UnnamedIds() ?? []).Distinct().ToList();
        Dictionary<long, string> names = unnamed.Count == 0
            ? []
            : await db.EveEntities.AsNoTracking().Where(e => unnamed.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var named = events.Select(e => e.Attacker is { } attacker ? e with { Attacker = attacker.Named(names) } : e).ToList();
        return new StructureHistoryPage(named, rows.Count > size && named.Count > 0 ? new HistoryCursor(named[^1].At, named[^1].RowId) : null);
    }
}

public sealed record StructureHistoryPage(IReadOnlyList<StructureHistoryEvent> Events, HistoryCursor? Older);

// Where the next, older page starts: after this notification.
public sealed record HistoryCursor(DateTime At, int RowId);
