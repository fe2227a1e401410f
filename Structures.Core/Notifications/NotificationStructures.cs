using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Structures;

namespace Structures.Core.Notifications;

// The owner's structures a batch of notifications can be about, with their own webhooks, in one read: those named by
// ID, and those at the planets and moons named (customs offices, skyhooks and starbases are named by where they are).
// Every structure NotificationRoute.MatchStructure and the render context can pick for the batch is among them.
public static class NotificationStructures
{
    public static async Task<List<Structure>> LoadAsync(StructuresDbContext db, long ownerId, IEnumerable<NotificationPlace> places, CancellationToken cancellationToken)
    {
        var named = places.ToList();
        var ids = named.Select(p => p.StructureId).OfType<long>().Distinct().ToList();
        var planets = named.Select(p => p.PlanetId).Where(id => id is not null).Distinct().ToList();
        var moons = named.Select(p => p.MoonId).Where(id => id is not null).Distinct().ToList();
        if (ids.Count + planets.Count + moons.Count == 0)
        {
            return [];
        }

        return await db.Structures.AsNoTracking().Include(s => s.Webhooks)
            .Where(s => s.OwnerId == ownerId && (ids.Contains(s.Id) || planets.Contains(s.PlanetId) || moons.Contains(s.MoonId)))
            .ToListAsync(cancellationToken);
    }
}
