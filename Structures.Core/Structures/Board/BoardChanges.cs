using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Structures.Core.Owners;

namespace Structures.Core.Structures.Board;

// Which structures a unit of work changed as a board shows them, read from EF's change tracker before it saves: open
// boards then read those again instead of everything. Null when the change reaches further (an owner renamed).
internal static class BoardChanges
{
    // Set on every structure by each sync; the board shows none of them. ESI data time only moves overlays, which
    // the board reads again for every structure that has one (StructureBoard).
    private static readonly HashSet<string> Unshown = [nameof(Structure.LastUpdatedAt), nameof(Structure.EsiDataAt), nameof(Structure.LastOnlineAt)];

    // Looks at every tracked entity once: a first sync tracks some two thousand rows per owner, and each extra pass
    // over them (Entries() would make its own) costs as much as the look itself.
    public static IReadOnlyCollection<long>? Of(ChangeTracker tracker, DateTime now)
    {
        tracker.DetectChanges();
        var detects = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return Changed(tracker.Entries(), now);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detects;
        }
    }

    private static HashSet<long>? Changed(IEnumerable<EntityEntry> entries, DateTime now)
    {
        var ids = new HashSet<long>();
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case Owner when entry.State != EntityState.Modified || entry.Properties.Any(p => p.IsModified && p.Metadata.Name is nameof(Owner.CorporationName) or nameof(Owner.AllianceName)):
                    return null;
                case Structure structure when entry.State != EntityState.Modified || Shown(entry, structure, now):
                    ids.Add(structure.Id);
                    break;
                case StructureService service:
                    ids.Add(service.StructureId);
                    break;
                case CustomsOfficeDetail office:
                    ids.Add(office.StructureId);
                    break;
                case Dictionary<string, object> link when link.TryGetValue("StructuresId", out var id) && id is long structureId:
                    ids.Add(structureId);
                    break;
            }
        }

        return ids;
    }

    // Last online only counts while the structure is out of fuel, where it decides low power or abandoned (PowerModes).
    private static bool Shown(EntityEntry entry, Structure structure, DateTime now) =>
        entry.Properties.Any(p => p.IsModified && (!Unshown.Contains(p.Metadata.Name)
            || (p.Metadata.Name == nameof(Structure.LastOnlineAt) && PowerModes.Of(structure, now) is not PowerMode.FullPower and not null)));
}
