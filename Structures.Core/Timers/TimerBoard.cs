using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Timers;

// Upcoming timers a viewer may see (Visibility.VisibleTimers), with the names of their structure, type, planet or
// moon, system and region read once for the whole list.
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
        var names = await TimerNames.LoadAsync(db, timers, cancellationToken);
        var mayEditAll = viewer.Can(Permission.ManageSettings);
        var mayEditOwn = viewer.Can(Permission.AddManualTimers);
        return timers.Select(t =>
            {
                var system = t.SolarSystemId is { } systemId ? names.Systems.GetValueOrDefault(systemId) : null;
                var isOwn = t.CreatedByCharacterId is { } creator && viewer.CharacterIds.Contains(creator);
                return new TimerBoardRow(t.Id, t.OwnerId, t.OwnerId is { } owner ? names.Owners.GetValueOrDefault(owner, "?") : "Manual", t.Kind, t.Category, t.EndsAt,
                    t.StructureId is { } id && names.Structures.TryGetValue(id, out var name) ? name : t.StructureName ?? "(unknown)",
                    system?.Name ?? "?",
                    t.IsCorpRestricted,
                    t.StructureTypeId is { } typeId && names.Types.TryGetValue(typeId, out var typeName) ? typeName : t.StructureTypeName,
                    (t.MoonId ?? t.PlanetId) is { } celestial ? names.Celestials.GetValueOrDefault(celestial) : null,
                    system?.RegionName,
                    t.Source,
                    t.Notes,
                    t.CreatedByName,
                    t.Source == TimerSource.Manual && (mayEditAll || (isOwn && mayEditOwn)));
            })
            .ToList();
    }
}

// One row of the timer board. Type, PlanetOrMoon and Region are null where nothing names them; a manual timer has no
// owner (OwnerName "Manual") and says who entered it; MayEdit is whether this viewer may change or delete it.
public sealed record TimerBoardRow(
    int Id,
    long? OwnerId,
    string OwnerName,
    TimerKind Kind,
    TimerCategory Category,
    DateTime EndsAt,
    string StructureName,
    string SystemName,
    bool IsCorpRestricted,
    string? StructureType = null,
    string? PlanetOrMoon = null,
    string? Region = null,
    TimerSource Source = TimerSource.Notification,
    string? Notes = null,
    string? CreatedBy = null,
    bool MayEdit = false);
