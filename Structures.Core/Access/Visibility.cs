using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Timers;

namespace Structures.Core.Access;

// The one place that decides which owners' data a viewer may read. Every board, page, export and detail query
// starts from these, so nothing can show more than this allows. As in aa-structures, every view permission counts only
// with basic access: whoever lost basic access sees nothing, whatever else they still hold.
public static class Visibility
{
    public static IQueryable<long> VisibleOwnerIds(this StructuresDbContext db, Viewer viewer)
    {
        if (!viewer.Can(Permission.BasicAccess))
        {
            return db.Owners.Where(_ => false).Select(o => o.CorporationId);
        }

        if (viewer.Can(Permission.ViewAllStructures))
        {
            return db.Owners.Select(o => o.CorporationId);
        }

        var corporations = viewer.Can(Permission.ViewCorporationStructures) ? viewer.CorporationIds.ToList() : [];
        var alliances = viewer.Can(Permission.ViewAllianceStructures) ? viewer.AllianceIds.ToList() : [];
        return db.Owners
            .Where(o => corporations.Contains(o.CorporationId) || (o.AllianceId != null && alliances.Contains(o.AllianceId.Value)))
            .Select(o => o.CorporationId);
    }

    // Whether any structure could be shown to the viewer at all: pages say "no access yet" to the others.
    public static bool MaySeeStructures(this Viewer viewer) =>
        viewer.Can(Permission.BasicAccess)
        && (viewer.Can(Permission.ViewCorporationStructures) || viewer.Can(Permission.ViewAllianceStructures) || viewer.Can(Permission.ViewAllStructures));

    // Viewers with the same key see the same owners and the same unanchoring, so they may share what was read for one
    // of them.
    public static string VisibilityKey(this Viewer viewer)
    {
        var unanchoring = viewer.Can(Permission.ViewAllUnanchoringStatus) ? "all" : string.Join(',', viewer.CorporationIds.Order());
        if (!viewer.Can(Permission.BasicAccess))
        {
            return "none";
        }

        if (viewer.Can(Permission.ViewAllStructures))
        {
            return $"all;u:{unanchoring}";
        }

        var corporations = viewer.Can(Permission.ViewCorporationStructures) ? viewer.CorporationIds.Order() : Enumerable.Empty<long>();
        var alliances = viewer.Can(Permission.ViewAllianceStructures) ? viewer.AllianceIds.Order() : Enumerable.Empty<long>();
        return $"c:{string.Join(',', corporations)};a:{string.Join(',', alliances)};u:{unanchoring}";
    }

    public static IQueryable<Structure> VisibleStructures(this StructuresDbContext db, Viewer viewer)
    {
        var owners = db.VisibleOwnerIds(viewer);
        return db.Structures.Where(s => owners.Contains(s.OwnerId));
    }

    // A notification that a structure is unanchoring tells what UnanchoringVisibility hides.
    public static IQueryable<Notification> VisibleNotifications(this StructuresDbContext db, Viewer viewer)
    {
        var owners = db.VisibleOwnerIds(viewer);
        var seesAllUnanchoring = viewer.Can(Permission.ViewAllUnanchoringStatus);
        var corporations = viewer.CorporationIds.ToList();
        return db.Notifications.Where(n => owners.Contains(n.OwnerId)
            && (n.Type != "StructureUnanchoring" || seesAllUnanchoring || corporations.Contains(n.OwnerId)));
    }

    // Corporation-restricted timers stay within their corporation, whatever else the viewer may see. A manual timer
    // belongs to no owner: its creator always sees it; otherwise it is shown to everyone who may see structures or enter
    // timers, and when corporation-restricted only to members of the corporation its creator was in when entering it.
    public static IQueryable<StructureTimer> VisibleTimers(this StructuresDbContext db, Viewer viewer)
    {
        var owners = db.VisibleOwnerIds(viewer);
        var corporations = viewer.CorporationIds.ToList();
        var characters = viewer.CharacterIds.ToList();
        var seesAll = viewer.IsAdmin;
        var seesManual = viewer.MaySeeStructures() || viewer.Can(Permission.AddManualTimers);
        var seesAllUnanchoring = viewer.Can(Permission.ViewAllUnanchoringStatus);
        return db.StructureTimers.Where(t => t.Source == TimerSource.Manual
            ? (t.CreatedByCharacterId != null && characters.Contains(t.CreatedByCharacterId.Value))
                || (seesManual && (!t.IsCorpRestricted || seesAll
                    || (t.CreatedByCorporationId != null && corporations.Contains(t.CreatedByCorporationId.Value))))
            : t.OwnerId != null && owners.Contains(t.OwnerId.Value)
                && (!t.IsCorpRestricted || seesAll || corporations.Contains(t.OwnerId.Value))
                && (t.Kind != TimerKind.Unanchoring || seesAllUnanchoring || corporations.Contains(t.OwnerId.Value)));
    }
}
