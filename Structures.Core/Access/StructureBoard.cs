using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;

namespace Structures.Core.Access;

// The structures a character may see: those of owners in its own corporation. Visibility is decided here, in the
// query, so no page or export can show more.
public sealed class StructureBoard(IDbContextFactory<StructuresDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StructureBoardRow>> VisibleToAsync(long characterId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var corporationId = await db.Characters.Where(c => c.Id == characterId).Select(c => c.CorporationId).SingleOrDefaultAsync(cancellationToken);
        if (corporationId is null)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var structures = await db.Structures.AsNoTracking()
            .Where(s => s.OwnerId == corporationId)
            .Include(s => s.Tags)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => o.CorporationId == corporationId).ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken);
        var typeIds = structures.Select(s => s.TypeId).Distinct().ToList();
        var systemIds = structures.Select(s => s.SolarSystemId).Distinct().ToList();
        var types = await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return structures.Select(s => new StructureBoardRow(
                s.Id, s.OwnerId, owners.GetValueOrDefault(s.OwnerId, ""), s.Kind, s.TypeId, types.GetValueOrDefault(s.TypeId, "?"), s.Name,
                systems.TryGetValue(s.SolarSystemId, out var system) ? system.Name : "?", system?.RegionName ?? "", system?.SecurityStatus ?? 0,
                s.State, s.StateTimerEnd, s.FuelExpiresAt, PowerModes.Of(s, now), [.. s.Tags.OrderBy(t => t.Order).Select(t => t.Name)]))
            .ToList();
    }
}
