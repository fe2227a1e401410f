using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Timers;

namespace Structures.Core.Access;

// The one place that decides which owners' data a viewer may read. Every board, page, export and detail query
// starts from these, so nothing can show more than this allows.
public static class Visibility
{
    public static IQueryable<long> VisibleOwnerIds(this StructuresDbContext db, Viewer viewer)
    {
        if (viewer.Can(Permission.ViewAllStructures))
        {
            return db.Owners.Select(o => o.CorporationId);
        }

        var corporations = viewer.Can(Permission.BasicAccess) ? viewer.CorporationIds.ToList() : [];
        var alliances = viewer.Can(Permission.ViewAllianceStructures) ? viewer.AllianceIds.ToList() : [];
        return db.Owners
            .Where(o => corporations.Contains(o.CorporationId) || (o.AllianceId != null && alliances.Contains(o.AllianceId.Value)))
            .Select(o => o.CorporationId);
    }

    // Viewers with the same key see the same owners, so they may share what was read for one of them.
    public static string VisibilityKey(this Viewer viewer)
    {
        if (viewer.Can(Permission.ViewAllStructures))
        {
            return "all";
        }

        var corporations = viewer.Can(Permission.BasicAccess) ? viewer.CorporationIds.Order() : Enumerable.Empty<long>();
        var alliances = viewer.Can(Permission.ViewAllianceStructures) ? viewer.AllianceIds.Order() : Enumerable.Empty<long>();
        return $"c:{string.Join(',', corporations)};a:{string.Join(',', alliances)}";
    }

    public static IQueryable<Structure> VisibleStructures(this StructuresDbContext db, Viewer viewer)
    {
        var owners = db.VisibleOwnerIds(viewer);
        return db.Structures.Where(s => owners.Contains(s.OwnerId));
    }

    public static IQueryable<Notification> VisibleNotifications(this StructuresDbContext db, Viewer viewer)
    {
        var owners = db.VisibleOwnerIds(viewer);
        return db.Notifications.Where(n => owners.Contains(n.OwnerId));
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
        var seesManual = viewer.Can(Permission.BasicAccess) || viewer.Can(Permission.ViewAllianceStructures)
            || viewer.Can(Permission.ViewAllStructures) || viewer.Can(Permission.AddManualTimers);
        return db.StructureTimers.Where(t => t.Source == TimerSource.Manual
            ? (t.CreatedByCharacterId != null && characters.Contains(t.CreatedByCharacterId.Value))
                || (seesManual && (!t.IsCorpRestricted || seesAll
                    || (t.CreatedByCorporationId != null && corporations.Contains(t.CreatedByCorporationId.Value))))
            : t.OwnerId != null && owners.Contains(t.OwnerId.Value)
                && (!t.IsCorpRestricted || seesAll || corporations.Contains(t.OwnerId.Value)));
    }
}
