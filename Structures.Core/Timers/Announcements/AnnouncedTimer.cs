using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Timers.Announcements;

// A timer as reminders and the upcoming-timers message tell it. OwnerId is null (or 0) for a timer that belongs to
// no owner, such as one a user entered; the owner's ping settings apply to the others.
public sealed record AnnouncedTimer(
    int Id, long? OwnerId, TimerKind Kind, TimerCategory Category, DateTime EndsAt, string StructureName, string SystemName, string? RegionName,
    string OwnerName, bool IsCorpRestricted, bool OwnerAllowsPings = true, IReadOnlyList<string>? OwnerRoleIds = null)
{
    public bool HasOwner => OwnerId is not (null or 0);

    // Timers ending after from, up to until, soonest first.
    public static async Task<List<AnnouncedTimer>> LoadAsync(StructuresDbContext db, DateTime from, DateTime until, CancellationToken cancellationToken)
    {
        var timers = await db.StructureTimers.AsNoTracking().Where(t => t.EndsAt > from && t.EndsAt <= until).OrderBy(t => t.EndsAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var structureIds = timers.Select(t => t.StructureId).OfType<long>().Distinct().ToList();
        var names = await db.Structures.AsNoTracking().Where(s => structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var systemIds = timers.Select(t => t.SolarSystemId).OfType<long>().Distinct().ToList();
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var ownerIds = timers.Select(t => (long?)t.OwnerId).OfType<long>().Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId)).ToDictionaryAsync(o => o.CorporationId, cancellationToken);
        return timers.Select(t =>
        {
            long? ownerId = t.OwnerId;
            var owner = ownerId is { } id ? owners.GetValueOrDefault(id) : null;
            var system = t.SolarSystemId is { } systemId ? systems.GetValueOrDefault(systemId) : null;
            var name = t.StructureId is { } structureId && names.TryGetValue(structureId, out var known) ? known : t.StructureName ?? "(unknown)";
            return new AnnouncedTimer(t.Id, ownerId, t.Kind, t.Category, t.EndsAt, name, system?.Name ?? "?", system?.RegionName,
                owner?.CorporationName ?? "", t.IsCorpRestricted, owner?.HasDefaultPingsEnabled ?? true,
                owner?.PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);
        }).ToList();
    }
}
