using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Eve;

namespace Structures.Core.Structures;

// A re-sync whose snapshot is the one last applied changes no structure; only what moves with the clock is written.
internal static class UnchangedSnapshot
{
    // One statement instead of loading every row: each structure was updated now, and those with a service online were
    // online now (PowerModes counts the days since). False when the owner's rows are not the snapshot's: the apply must
    // run, and sets both again.
    public static async Task<bool> TouchAsync(StructuresDbContext db, long ownerId, OwnerSnapshot snapshot, DateTime now, CancellationToken cancellationToken)
    {
        // The stored services are the snapshot's (it is the one applied), so the snapshot names the structures with a
        // service online, and they are marked by key. Asking the database which have one made PostgreSQL hash every
        // online service of every owner for each owner (its statistics lag a first sync's inserts): 30 ms an owner at
        // 20,000 structures, 240 ms at 100,000. Both columns in one statement write each row once, not twice.
        var online = OnlineStructureIds(snapshot);
        DateTime? onlineNow = now;
        var touched = await db.Structures.Where(s => s.OwnerId == ownerId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastUpdatedAt, now)
            .SetProperty(x => x.LastOnlineAt, x => online.Contains(x.Id) ? onlineNow : x.LastOnlineAt), cancellationToken);
        return touched == snapshot.StructureIds.Count;
    }

    // As an apply marks them (UpwellUpdater): a structure with any service online.
    private static List<long> OnlineStructureIds(OwnerSnapshot snapshot) =>
        [.. (snapshot.Upwell ?? []).Where(s => (s.Services ?? []).Any(x => x.IsOnline)).Select(s => s.StructureId)];

    // The types and systems known are counted only when the universe's own look did not find them all.
    public static async Task<UniverseSeen> UniverseSeenAsync(StructuresDbContext db, List<long> typeIds, List<long> systemIds, UniverseKnown? known,
        CancellationToken cancellationToken) => new(
        known?.Types ?? await db.EveTypes.CountAsync(t => typeIds.Contains(t.Id), cancellationToken),
        known?.Systems ?? await db.EveSolarSystems.CountAsync(s => systemIds.Contains(s.Id), cancellationToken),
        await db.EveCelestials.CountAsync(c => systemIds.Contains(c.SolarSystemId), cancellationToken),
        await db.EveSovereignty.Where(s => systemIds.Contains(s.SolarSystemId)).OrderBy(s => s.SolarSystemId)
            .Select(s => new KeyValuePair<long, long?>(s.SolarSystemId, s.AllianceId)).ToListAsync(cancellationToken));
}
