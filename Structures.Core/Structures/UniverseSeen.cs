using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Structures;

// What the apply finds of the universe for an owner's types and systems: the rows known, and who holds each system.
internal sealed record UniverseSeen(int Types, int Systems, int Celestials, List<KeyValuePair<long, long?>> Sovereignty)
{
    public static async Task<UniverseSeen> ReadAsync(StructuresDbContext db, List<long> typeIds, List<long> systemIds, CancellationToken cancellationToken) => new(
        await db.EveTypes.CountAsync(t => typeIds.Contains(t.Id), cancellationToken),
        await db.EveSolarSystems.CountAsync(s => systemIds.Contains(s.Id), cancellationToken),
        await db.EveCelestials.CountAsync(c => systemIds.Contains(c.SolarSystemId), cancellationToken),
        await db.EveSovereignty.Where(s => systemIds.Contains(s.SolarSystemId)).OrderBy(s => s.SolarSystemId)
            .Select(s => new KeyValuePair<long, long?>(s.SolarSystemId, s.AllianceId)).ToListAsync(cancellationToken));
}
