using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Esi;

namespace Structures.Core.Eve;

// EVE reference data resolved through ESI once and kept in the database. A name that cannot be had never stops a sync.
public sealed class EveUniverse(IDbContextFactory<StructuresDbContext> contextFactory, EsiClient esi, TimeProvider clock, ILogger<EveUniverse> logger) : IDisposable
{
    // Owners sync in parallel and share reference data: one writer at a time, so nothing is inserted twice.
    private readonly SemaphoreSlim _writer = new(1, 1);

    // What it found already known, when that was everything asked for: the number of types and of systems, which a
    // sync's fingerprint then need not count again. Null when something had to be asked of ESI.
    public async Task<UniverseKnown?> EnsureAsync(IEnumerable<long> typeIds, IEnumerable<long> systemIds, IEnumerable<long> entityIds, CancellationToken cancellationToken)
    {
        var types = Wanted(typeIds);
        var systems = Wanted(systemIds);
        var entities = Wanted(entityIds);
        // Almost always everything is known already. Looked at without the writer's lock, an owner's sync or an alert
        // does not queue behind another that is asking ESI for a name, nor take the instances' shared lock for nothing.
        if (await AllKnownAsync(types, systems, entities, cancellationToken))
        {
            return new UniverseKnown(types.Count, systems.Count);
        }

        await _writer.WaitAsync(cancellationToken);
        try
        {
            // An alert burst names the same attacker to every owner at once: the first one asks ESI, the others find
            // the names stored when their turn comes.
            if (await AllKnownAsync(types, systems, entities, cancellationToken))
            {
                return new UniverseKnown(types.Count, systems.Count);
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var otherInstances = await Cluster.SharedDataLock.BeginAsync(db, cancellationToken);
            await EnsureTypesAsync(db, types, cancellationToken);
            await EnsureSystemsAsync(db, systems, cancellationToken);
            await EnsureEntitiesAsync(db, entities, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // A commit once begun finishes even if the host is stopping: cancelled half way, it only fails with an error logged.
            await (otherInstances?.CommitAsync(CancellationToken.None) ?? Task.CompletedTask);
        }
        finally
        {
            _writer.Release();
        }

        return null;
    }

    private static List<long> Wanted(IEnumerable<long> ids) => ids.Where(id => id > 0).Distinct().ToList();

    // One read: a table holds an ID once, so what the three find adds up to what was asked only when none is missing.
    private async Task<bool> AllKnownAsync(List<long> types, List<long> systems, List<long> entities, CancellationToken cancellationToken)
    {
        var wanted = types.Count + systems.Count + entities.Count;
        if (wanted == 0)
        {
            return true;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.EveTypes.Where(t => types.Contains(t.Id)).Select(t => t.Id)
            .Concat(db.EveSolarSystems.Where(s => systems.Contains(s.Id)).Select(s => s.Id))
            .Concat(db.EveEntities.Where(e => entities.Contains(e.Id)).Select(e => e.Id))
            .CountAsync(cancellationToken);
        return found == wanted;
    }

    // Until then ESI's copy of the map has not expired: every owner's sync would only read the cached map back.
    private long _sovereigntyFreshUntilTicks;

    // ESI caches the map for an hour; an answer from the cache changes nothing and writes nothing.
    public async Task RefreshSovereigntyAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _sovereigntyFreshUntilTicks))
        {
            return;
        }

        var map = await esi.GetSovereigntyMapAsync(cancellationToken);
        if (map.IsSuccess && map.ExpiresAt is { } expires)
        {
            Interlocked.Exchange(ref _sovereigntyFreshUntilTicks, expires.Ticks);
        }

        if (map.Outcome != EsiOutcome.Ok || map.Value is null)
        {
            return;
        }

        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await Cluster.SharedDataLock.TakeAsync(db, cancellationToken);
            await db.EveSovereignty.ExecuteDeleteAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            db.EveSovereignty.AddRange(map.Value.Where(s => s.AllianceId is not null || s.CorporationId is not null)
                .Select(s => new EveSovereignty { SolarSystemId = s.SystemId, AllianceId = s.AllianceId, CorporationId = s.CorporationId, UpdatedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task EnsureTypesAsync(StructuresDbContext db, List<long> wanted, CancellationToken cancellationToken)
    {
        var known = await db.EveTypes.Where(t => wanted.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var id in wanted.Except(known))
        {
            var type = await esi.GetTypeAsync(id, cancellationToken);
            if (type.Value is not { } t)
            {
                logger.ReferenceDataMissing("type", id, type.Error);
                continue;
            }

            var group = await esi.GetGroupAsync(t.GroupId, cancellationToken);
            db.EveTypes.Add(new EveType
            {
                Id = id,
                Name = t.Name,
                GroupId = t.GroupId,
                GroupName = group.Value?.Name ?? "",
                CategoryId = group.Value?.CategoryId ?? 0,
                Volume = t.Volume ?? 0,
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
            });
        }
    }

    // Systems come with their constellation, region, planets and moons, which place structures that ESI gives by position.
    private async Task EnsureSystemsAsync(StructuresDbContext db, List<long> wanted, CancellationToken cancellationToken)
    {
        var known = await db.EveSolarSystems.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in wanted.Except(known))
        {
            var system = await esi.GetSystemAsync(id, cancellationToken);
            if (system.Value is not { } s)
            {
                logger.ReferenceDataMissing("solar system", id, system.Error);
                continue;
            }

            var constellation = await esi.GetConstellationAsync(s.ConstellationId, cancellationToken);
            var region = constellation.Value is { } c ? await esi.GetRegionAsync(c.RegionId, cancellationToken) : null;
            db.EveSolarSystems.Add(new EveSolarSystem
            {
                Id = id,
                Name = s.Name,
                SecurityStatus = s.SecurityStatus,
                ConstellationId = s.ConstellationId,
                ConstellationName = constellation.Value?.Name ?? "",
                RegionId = constellation.Value?.RegionId ?? 0,
                RegionName = region?.Value?.Name ?? "",
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await AddCelestialsAsync(db, s, cancellationToken);
        }
    }

    private async Task AddCelestialsAsync(StructuresDbContext db, Esi.Models.EsiSystem system, CancellationToken cancellationToken)
    {
        foreach (var planet in system.Planets ?? [])
        {
            if (await esi.GetPlanetAsync(planet.PlanetId, cancellationToken) is { Value: { } p })
            {
                db.EveCelestials.Add(new EveCelestial { Id = p.PlanetId, Name = p.Name, Kind = CelestialKind.Planet, SolarSystemId = system.SystemId, TypeId = p.TypeId, X = p.Position.X, Y = p.Position.Y, Z = p.Position.Z });
            }

            foreach (var moonId in planet.Moons ?? [])
            {
                if (await esi.GetMoonAsync(moonId, cancellationToken) is { Value: { } m })
                {
                    db.EveCelestials.Add(new EveCelestial { Id = m.MoonId, Name = m.Name, Kind = CelestialKind.Moon, SolarSystemId = system.SystemId, X = m.Position.X, Y = m.Position.Y, Z = m.Position.Z });
                }
            }
        }
    }

    private async Task EnsureEntitiesAsync(StructuresDbContext db, List<long> wanted, CancellationToken cancellationToken)
    {
        var known = await db.EveEntities.Where(e => wanted.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(known).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // ESI fails the whole call for one ID it cannot name: then each is asked alone.
        var names = await esi.GetNamesAsync(missing, cancellationToken);
        var resolved = names.Value ?? [];
        if (names.Outcome == EsiOutcome.NotFound && missing.Count > 1)
        {
            foreach (var id in missing)
            {
                resolved.AddRange((await esi.GetNamesAsync([id], cancellationToken)).Value ?? []);
            }
        }

        foreach (var name in resolved)
        {
            db.EveEntities.Add(new EveEntity { Id = name.Id, Name = name.Name, Category = name.Category, UpdatedAt = clock.GetUtcNow().UtcDateTime });
        }
    }

    public void Dispose() => _writer.Dispose();

    public static EveCelestial? Nearest(IEnumerable<EveCelestial> candidates, double x, double y, double z) =>
        candidates.MinBy(c => ((c.X - x) * (c.X - x)) + ((c.Y - y) * (c.Y - y)) + ((c.Z - z) * (c.Z - z)));
}
