using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Timers;

namespace Structures.Core.Access;

// Upcoming timers a character may see: its own corporation's, corporation-restricted ones included.
public sealed class TimerBoard(IDbContextFactory<StructuresDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<TimerBoardRow>> UpcomingForAsync(long characterId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var corporationId = await db.Characters.Where(c => c.Id == characterId).Select(c => c.CorporationId).SingleOrDefaultAsync(cancellationToken);
        var timers = await db.StructureTimers.AsNoTracking()
            .Where(t => t.OwnerId == corporationId && t.EndsAt > now)
            .OrderBy(t => t.EndsAt)
            .ToListAsync(cancellationToken);
        var systemIds = timers.Select(t => t.SolarSystemId).OfType<long>().Distinct().ToList();
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var structureIds = timers.Select(t => t.StructureId).OfType<long>().Distinct().ToList();
        var names = await db.Structures.AsNoTracking().Where(s => structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return timers.Select(t => new TimerBoardRow(t.Id, t.Kind, t.Category, t.EndsAt,
                t.StructureId is { } id && names.TryGetValue(id, out var name) ? name : t.StructureName ?? "(unknown)",
                t.SolarSystemId is { } system && systems.TryGetValue(system, out var systemName) ? systemName : "?",
                t.IsCorpRestricted))
            .ToList();
    }
}

public sealed record TimerBoardRow(int Id, TimerKind Kind, TimerCategory Category, DateTime EndsAt, string StructureName, string SystemName, bool IsCorpRestricted);
