using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;

namespace Structures.Core.Access;

// The structures a viewer may see, as board rows. Visibility comes from the query (Visibility), so no page or
// export can show more.
public sealed class StructureBoard(IDbContextFactory<StructuresDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StructureBoardRow>> VisibleToAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structures = await db.VisibleStructures(viewer).AsNoTracking()
            .Include(s => s.Tags)
            .Include(s => s.Services)
            .OrderBy(s => s.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ownerIds = structures.Select(s => s.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId))
            .ToDictionaryAsync(o => o.CorporationId, o => (o.CorporationName, o.AllianceName), cancellationToken);
        var typeIds = structures.Select(s => s.TypeId).Distinct().ToList();
        var systemIds = structures.Select(s => s.SolarSystemId).Distinct().ToList();
        var types = await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return structures.Select(s =>
            {
                var owner = owners.GetValueOrDefault(s.OwnerId, ("", null));
                var system = systems.GetValueOrDefault(s.SolarSystemId);
                return new StructureBoardRow(
                    s.Id, s.OwnerId, owner.CorporationName, owner.AllianceName, s.Kind, s.TypeId, types.GetValueOrDefault(s.TypeId, "?"), s.Name,
                    s.SolarSystemId, system?.Name ?? "?", system?.RegionName ?? "", system?.SecurityStatus ?? 0,
                    s.State, s.StateTimerEnd, s.FuelExpiresAt, PowerModes.Of(s, now),
                    [.. s.Tags.OrderBy(t => t.Order).ThenBy(t => t.Name).Select(t => t.Name)],
                    [.. s.Services.OrderBy(v => v.Name).Select(v => new BoardService(v.Name, v.IsOnline))],
                    s.ReinforceHour, s.HasCore, s.HasFitting, s.LiquidOzone);
            })
            .ToList();
    }

    // Every tag in use, with the ones admins marked as default (the board can open filtered to those).
    public async Task<IReadOnlyList<StructureTag>> TagsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.StructureTags.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }
}
