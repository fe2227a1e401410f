using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications;

namespace Structures.Core.Structures.Board;

// The overlay of each structure read: the notifications stored about it (Notification.StructureId) since its ESI data,
// of the types that can change its state, through OverlayRules. One indexed query for the whole board: notifications
// newer than the oldest ESI data among the rows, usually the last hour's, so a board of 10,000 stays one read.
internal static class StructureOverlays
{
    public static async Task<Dictionary<long, StructureOverlay>> ForAsync(
        StructuresDbContext db, IReadOnlyCollection<Structure> structures, DateTime now, TimeSpan attackQuietPeriod, CancellationToken cancellationToken)
    {
        if (structures.Count == 0)
        {
            return [];
        }

        var byId = structures.ToDictionary(s => s.Id);
        var since = structures.Min(DataAt);
        var query = db.Notifications.AsNoTracking().Where(n => n.StructureId != null && n.Timestamp > since && OverlayFact.Types.Contains(n.Type));
        if (structures.Count == 1)
        {
            var id = structures.First().Id;
            query = query.Where(n => n.StructureId == id);
        }

        var stored = await query.Select(n => new Notification
        {
            OwnerId = n.OwnerId, StructureId = n.StructureId, Type = n.Type, Timestamp = n.Timestamp, Text = n.Text,
            SenderType = "", ContentKey = "",
        }).ToListAsync(cancellationToken);

        var overlays = new Dictionary<long, StructureOverlay>();
        foreach (var group in stored.Where(n => byId.TryGetValue(n.StructureId!.Value, out var s) && s.OwnerId == n.OwnerId).GroupBy(n => n.StructureId!.Value))
        {
            var facts = group.Select(n => OverlayFact.From(n.Type, n.Timestamp, ParsedNotification.Parse(n).Payload)).OfType<OverlayFact>();
            if (OverlayRules.Decide(facts, DataAt(byId[group.Key]), now, attackQuietPeriod) is { } overlay)
            {
                overlays[group.Key] = overlay;
            }
        }

        return overlays;
    }

    private static DateTime DataAt(Structure structure) => structure.EsiDataAt ?? structure.LastUpdatedAt;
}
