using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;

namespace Structures.Core.Notifications;

// Which of the owner's structures each new notification is about. Upwell structures and skyhooks are named by ID;
// customs-office notifications name the planet, starbase ones the moon, so those are looked up among the owner's
// structures. A notification about a structure the owner does not hold (or no longer holds) names its ID all the same.
public static class NotificationSubjects
{
    public static async Task AssignAsync(StructuresDbContext db, long ownerId, IReadOnlyList<ParsedNotification> added, CancellationToken cancellationToken)
    {
        var byPlace = added.Where(p => p.Payload is { Place.StructureId: null } payload && (payload.Place.PlanetId ?? payload.Place.MoonId) is not null).ToList();
        var places = byPlace.Count == 0
            ? []
            : await db.Structures.AsNoTracking()
                .Where(s => s.OwnerId == ownerId && (s.Kind == StructureKind.CustomsOffice || s.Kind == StructureKind.Starbase || s.Kind == StructureKind.Skyhook))
                .Select(s => new StructurePlace(s.Id, s.Kind, s.PlanetId, s.MoonId))
                .ToListAsync(cancellationToken);
        foreach (var parsed in added)
        {
            parsed.Row.StructureId = Subject(parsed, places);
        }
    }

    public static long? Subject(ParsedNotification parsed, IReadOnlyList<StructurePlace> places)
    {
        if (parsed.Payload?.Place is not { } place)
        {
            return null;
        }

        if (place.StructureId is { } id)
        {
            return id;
        }

        if (place.MoonId is { } moon && places.FirstOrDefault(s => s.Kind == StructureKind.Starbase && s.MoonId == moon) is { } starbase)
        {
            return starbase.Id;
        }

        // A planet holds at most one customs office and one skyhook; which one the news is about follows from its type.
        var kind = parsed.Type.Contains("Skyhook", StringComparison.OrdinalIgnoreCase) ? StructureKind.Skyhook : StructureKind.CustomsOffice;
        return place.PlanetId is { } planet && places.FirstOrDefault(s => s.Kind == kind && s.PlanetId == planet) is { } orbital ? orbital.Id : null;
    }
}

public sealed record StructurePlace(long Id, StructureKind Kind, long? PlanetId, long? MoonId);
