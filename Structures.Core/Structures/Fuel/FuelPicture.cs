using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Structures.Fuel;

// The fuel a viewer's structures burn, summed for the whole fleet, per owner and per system: only structures the
// viewer may see (Visibility) count.
public sealed class FuelPicture(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, TimeProvider clock)
{
    public async Task<FuelReport> ForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structures = await db.VisibleStructures(viewer).AsNoTracking()
            .Where(s => s.Kind == StructureKind.Upwell || s.Kind == StructureKind.JumpGate || s.Kind == StructureKind.MoonDrill || s.Kind == StructureKind.Starbase)
            .Include(s => s.Starbase)
            .ToListAsync(cancellationToken);
        var ownerIds = structures.Select(s => s.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId))
            .ToDictionaryAsync(o => o.CorporationId, o => (o.CorporationName, o.AllianceId), cancellationToken);
        var systemIds = structures.Select(s => s.SolarSystemId).Distinct().ToList();
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var typeIds = structures.Select(s => s.TypeId).Distinct().ToList();
        var types = await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var sovereignty = await db.EveSovereignty.AsNoTracking().Where(s => systemIds.Contains(s.SolarSystemId) && s.AllianceId != null)
            .ToDictionaryAsync(s => s.SolarSystemId, s => s.AllianceId, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var draws = structures.SelectMany(s =>
        {
            var owner = owners.GetValueOrDefault(s.OwnerId, ("?", null));
            var system = systems.GetValueOrDefault(s.SolarSystemId);
            // The sovereignty discount needs the owner's alliance to hold the system, in null-sec (as the sync counts it).
            var hasSovereignty = StarbaseFuel.HasSovereignty(owner.AllianceId, system?.SpaceType, sovereignty.GetValueOrDefault(s.SolarSystemId));
            var place = new FuelPlace(s.Id, owner.CorporationName, system?.Name ?? "?", system?.RegionName ?? "", types.GetValueOrDefault(s.TypeId, ""), hasSovereignty);
            return FuelUse.Of(s, place, now);
        }).ToList();
        return new FuelReport(
            now,
            [.. draws.GroupBy(d => d.Fuel).OrderBy(g => g.Key).Select(g => FuelSums.Total("All structures", g.Key, [.. g]))],
            FuelSums.By(draws, p => p.OwnerName),
            FuelSums.By(draws, p => p.RegionName.Length == 0 ? p.SystemName : $"{p.SystemName} ({p.RegionName})"));
    }
}

public sealed record FuelReport(DateTime At, IReadOnlyList<FuelTotal> Fleet, IReadOnlyList<FuelTotal> ByOwner, IReadOnlyList<FuelTotal> BySystem);
