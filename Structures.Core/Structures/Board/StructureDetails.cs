using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Timers;
using Structures.Core.Structures.Fuel;

namespace Structures.Core.Structures.Board;

// One structure with everything known about it, if the viewer may see it. A structure the viewer may not see
// and one that does not exist give the same answer, so an ID reveals nothing.
public sealed class StructureDetails(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, IOptions<BoardOptions> options, TimeProvider clock,
    OverlayFactCache overlayFacts)
{
    public async Task<StructureDetail?> ForAsync(ViewerId viewerId, long structureId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structure = await db.VisibleStructures(viewer).AsNoTracking()
            .Include(s => s.Services).Include(s => s.Tags).Include(s => s.Webhooks).Include(s => s.Items).Include(s => s.Starbase).Include(s => s.CustomsOffice)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
        if (structure is null)
        {
            return null;
        }

        structure.WithUnanchoringShownTo(viewer);
        var now = clock.GetUtcNow().UtcDateTime;
        var owner = await db.Owners.AsNoTracking().SingleAsync(o => o.CorporationId == structure.OwnerId, cancellationToken);
        var system = await db.EveSolarSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structure.SolarSystemId, cancellationToken);
        var typeIds = structure.Items.Select(i => i.TypeId).Append(structure.TypeId).Distinct().ToList();
        var types = await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var celestialId = structure.MoonId ?? structure.PlanetId;
        var location = celestialId is { } id ? await db.EveCelestials.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;

        var stored = await db.VisibleTimers(viewer).AsNoTracking().Where(t => t.StructureId == structureId).OrderByDescending(t => t.EndsAt).Take(20).ToListAsync(cancellationToken);
        var timers = TimerMerge.Merge(stored, StateTimers.Of(structure).Where(t => t.EndsAt > now)).Reverse().ToList();
        var idText = structureId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var notifications = await db.VisibleNotifications(viewer).AsNoTracking()
            .Where(n => n.OwnerId == structure.OwnerId && n.Text.Contains(idText))
            .OrderByDescending(n => n.Timestamp).Take(50)
            .Select(n => new StructureNotification(n.NotificationId, n.Type, n.Timestamp, n.IsForwarded, n.ParseError))
            .ToListAsync(cancellationToken);

        var overlays = await StructureOverlays.ForAsync(db, [structure], now, options.Value.AttackQuietPeriod, overlayFacts, cancellationToken);
        var canViewFit = viewer.Can(Permission.ViewStructureFit);
        return new StructureDetail(
            structure, owner.CorporationName, owner.AllianceName, types.GetValueOrDefault(structure.TypeId, "?"),
            system?.Name ?? "?", system?.RegionName ?? "", system?.SecurityStatus ?? 0, location,
            PowerModes.Of(structure, now), FuelUse.BlocksPerDay(structure, now),
            canViewFit ? Fitting(structure.Items, types) : null,
            timers, notifications, overlays.GetValueOrDefault(structureId).ShownTo(viewer, structure.OwnerId));
    }

    // In the fitting window's order, with names: a type ESI never named shows its ID, as the last resort.
    private static List<StructureFitting> Fitting(IEnumerable<StructureItem> items, Dictionary<long, string> types) =>
        [.. items.Select(i => (Item: i, Slot: ItemSlots.Of(i.LocationFlag)))
            .OrderBy(x => x.Slot.Group).ThenBy(x => x.Slot.Index).ThenBy(x => x.Item.TypeId)
            .Select(x => new StructureFitting(x.Slot.Name, types.GetValueOrDefault(x.Item.TypeId, $"Type {x.Item.TypeId}"), x.Item.TypeId, x.Item.Quantity))];
}

public sealed record StructureDetail(
    Structure Structure,
    string OwnerName,
    string? AllianceName,
    string TypeName,
    string SystemName,
    string RegionName,
    double Security,
    string? LocationName,
    PowerMode? PowerMode,
    int? FuelBlocksPerDay,
    IReadOnlyList<StructureFitting>? Fitting,
    IReadOnlyList<Timers.StructureTimer> Timers,
    IReadOnlyList<StructureNotification> Notifications,
    StructureOverlay? Overlay = null);

public sealed record StructureFitting(string Slot, string TypeName, long TypeId, long Quantity);

public sealed record StructureNotification(long NotificationId, string Type, DateTime Timestamp, bool IsForwarded, string? ParseError);
