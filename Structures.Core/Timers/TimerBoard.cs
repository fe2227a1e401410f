using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Timers;

// Upcoming timers a viewer may see; corporation-restricted ones only within their corporation.
public sealed class TimerBoard(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, TimeProvider clock)
{
    public async Task<IReadOnlyList<TimerBoardRow>> UpcomingForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var timers = await db.VisibleTimers(viewer).AsNoTracking()
            .Where(t => t.EndsAt > now)
            .OrderBy(t => t.EndsAt)
            .ToListAsync(cancellationToken);
        var systemIds = timers.Select(t => t.SolarSystemId).OfType<long>().Distinct().ToList();
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var structureIds = timers.Select(t => t.StructureId).OfType<long>().Distinct().ToList();
        var names = await db.Structures.AsNoTracking().Where(s => structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var ownerIds = timers.Select(t => t.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId))
            .ToDictionaryAsync(o => o.CorporationId, o => o.CorporationName, cancellationToken);
        return timers.Select(t => new TimerBoardRow(t.Id, t.OwnerId, owners.GetValueOrDefault(t.OwnerId, "?"), t.Kind, t.Category, t.EndsAt,
                t.StructureId is { } id && names.TryGetValue(id, out var name) ? name : t.StructureName ?? "(unknown)",
                t.SolarSystemId is { } system && systems.TryGetValue(system, out var systemName) ? systemName : "?",
                t.IsCorpRestricted))
            .ToList();
    }
}

public sealed record TimerBoardRow(int Id, long OwnerId, string OwnerName, TimerKind Kind, TimerCategory Category, DateTime EndsAt, string StructureName, string SystemName, bool IsCorpRestricted);
