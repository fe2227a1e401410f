using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Eve;

namespace Structures.Core.Timers;

// The names a list of timers refers to by ID, each kind read in one query.
internal sealed record TimerNames(
    IReadOnlyDictionary<long, EveSolarSystem> Systems,
    IReadOnlyDictionary<long, string> Structures,
    IReadOnlyDictionary<long, string> Types,
    IReadOnlyDictionary<long, string> Celestials,
    IReadOnlyDictionary<long, string> Owners)
{
    public static async Task<TimerNames> LoadAsync(StructuresDbContext db, IReadOnlyList<StructureTimer> timers, CancellationToken cancellationToken)
    {
        var systemIds = timers.Select(t => t.SolarSystemId).OfType<long>().Distinct().ToList();
        var structureIds = timers.Select(t => t.StructureId).OfType<long>().Distinct().ToList();
        var typeIds = timers.Select(t => t.StructureTypeId).OfType<long>().Distinct().ToList();
        var celestialIds = timers.Select(t => t.MoonId ?? t.PlanetId).OfType<long>().Distinct().ToList();
        var ownerIds = timers.Select(t => t.OwnerId).OfType<long>().Distinct().ToList();
        return new TimerNames(
            await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken),
            await db.Structures.AsNoTracking().Where(s => structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken),
            await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            await db.EveCelestials.AsNoTracking().Where(c => celestialIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken),
            await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId)).ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken));
    }
}
