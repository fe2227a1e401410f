using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Timers;

// Upcoming timers a viewer may see: the stored ones (Visibility.VisibleTimers) and those the synced states of the
// structures they may see tell of (Visibility.VisibleStructures), merged (TimerMerge), with the names of their
// structure, type, planet or moon, system and region read once for the whole list.
public sealed class TimerBoard(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, IOptions<TimerOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<TimerBoardRow>> UpcomingForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.VisibleTimers(viewer).AsNoTracking()
            .Where(t => t.EndsAt > now)
            .ToListAsync(cancellationToken);
        var timed = options.Value.Enabled
            ? await db.VisibleStructures(viewer).AsNoTracking()
                .Where(s => (s.StateTimerEnd != null && s.StateTimerEnd > now) || (s.UnanchorsAt != null && s.UnanchorsAt > now))
                .ToListAsync(cancellationToken)
            : [];
        var timers = TimerMerge.Merge(stored, timed.Select(s => s.WithUnanchoringShownTo(viewer)).SelectMany(StateTimers.Of).Where(t => t.EndsAt > now));
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
                    t.Source == TimerSource.Manual && (mayEditAll || (isOwn && mayEditOwn)),
                    t.StructureId);
            })
            .ToList();
    }
}

// One row of the timer board. Type, PlanetOrMoon and Region are null where nothing names them; a manual timer has no
// owner (OwnerName "Manual") and says who entered it; MayEdit is whether this viewer may change or delete it.
// A timer read from a structure's state has no Id of its own (0); Key names every row for as long as it lasts.
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
    bool MayEdit = false,
    long? StructureId = null)
{
    public string Key => Source == TimerSource.StructureState
        ? string.Create(CultureInfo.InvariantCulture, $"state-{StructureId}-{Kind}")
        : Id.ToString(CultureInfo.InvariantCulture);
}
