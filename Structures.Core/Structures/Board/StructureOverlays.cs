using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Structures.Board;

// The overlay of each structure read: the notifications stored about it (Notification.StructureId) since its ESI data,
// of the types that can change its state, through OverlayRules. One indexed query for the whole board: notifications
// from the second of the oldest ESI data among the rows on, usually the last hour's, so a board of 10,000 stays one read; the
// texts of notifications read before are not read or parsed again (OverlayFactCache).
internal static class StructureOverlays
{
    public static async Task<Dictionary<long, StructureOverlay>> ForAsync(
        StructuresDbContext db, IReadOnlyCollection<Structure> structures, DateTime now, TimeSpan attackQuietPeriod, OverlayFactCache cache,
        CancellationToken cancellationToken)
    {
        if (structures.Count == 0)
        {
            return [];
        }

        var byId = structures.ToDictionary(s => s.Id);
        var since = OverlayRules.Since(structures.Min(DataAt));
        var query = db.Notifications.AsNoTracking().Where(n => n.StructureId != null && n.Timestamp >= since && OverlayFact.Types.Contains(n.Type));
        if (structures.Count == 1)
        {
            var id = structures.First().Id;
            query = query.Where(n => n.StructureId == id);
        }

        var stored = await query
            .Select(n => new StoredNotification(n.Id, n.OwnerId, n.NotificationId, n.StructureId!.Value, n.Type, n.Timestamp))
            .ToListAsync(cancellationToken);
        var about = stored.Where(n => byId.TryGetValue(n.StructureId, out var s) && s.OwnerId == n.OwnerId).ToList();
        var facts = await cache.OfAsync(db, about, cancellationToken);

        var overlays = new Dictionary<long, StructureOverlay>();
        foreach (var group in about.GroupBy(n => n.StructureId))
        {
            var known = group.Select(n => facts.GetValueOrDefault(n)).OfType<OverlayFact>();
            if (OverlayRules.Decide(known, DataAt(byId[group.Key]), now, attackQuietPeriod) is { } overlay)
            {
                overlays[group.Key] = overlay;
            }
        }

        return overlays;
    }

    private static DateTime DataAt(Structure structure) => structure.EsiDataAt ?? structure.LastUpdatedAt;
}
