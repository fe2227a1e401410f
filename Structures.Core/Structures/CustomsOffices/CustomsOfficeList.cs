using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Structures.CustomsOffices;

// aa-structures' public customs-office list: for anyone with basic access, the customs offices of the owners they
// may see and of the owners whose admins made theirs public, with the tax and access one of the viewer's characters
// would get. Only the offices the viewer may see link to their structure page.
public sealed class CustomsOfficeList(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
{
    public async Task<CustomsOfficeListing> ForAsync(ViewerId viewerId, long? characterId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.BasicAccess))
        {
            return CustomsOfficeListing.Empty;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var characterIds = viewer.CharacterIds.ToList();
        var characters = await db.Characters.AsNoTracking().Where(c => characterIds.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var character = characters.FirstOrDefault(c => c.Id == characterId) ?? characters.FirstOrDefault(c => c.Id == viewer.CharacterId);
        var visible = await db.VisibleOwnerIds(viewer).ToListAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => visible.Contains(o.CorporationId) || o.AreCustomsOfficesPublic).ToListAsync(cancellationToken);
        var ownerIds = owners.Select(o => o.CorporationId).ToList();
        var offices = await db.Structures.AsNoTracking().Include(s => s.CustomsOffice)
            .Where(s => s.Kind == StructureKind.CustomsOffice && ownerIds.Contains(s.OwnerId))
            .ToListAsync(cancellationToken);
        var planetIds = offices.Select(s => s.PlanetId).OfType<long>().Distinct().ToList();
        var planets = await db.EveCelestials.AsNoTracking().Where(c => planetIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var planetTypeIds = planets.Values.Select(p => p.TypeId).OfType<long>().Distinct().ToList();
        var planetTypes = await db.EveTypes.AsNoTracking().Where(t => planetTypeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var systemIds = offices.Select(s => s.SolarSystemId).Distinct().ToList();
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var ownersById = owners.ToDictionary(o => o.CorporationId);

        var rows = offices.Select(s =>
            {
                var owner = ownersById[s.OwnerId];
                var planet = s.PlanetId is { } planetId ? planets.GetValueOrDefault(planetId) : null;
                var system = systems.GetValueOrDefault(s.SolarSystemId);
                return new CustomsOfficeRow(
                    s.Id, owner.CorporationId, owner.CorporationName, owner.AllianceName, planet?.Name,
                    planet?.TypeId is { } typeId ? planetTypes.GetValueOrDefault(typeId) : null,
                    s.SolarSystemId, system?.Name ?? "?", system?.SecurityStatus ?? 0, system?.RegionName ?? "",
                    CustomsOfficeTerms.For(s.CustomsOffice, owner.CorporationId, owner.AllianceId, character?.CorporationId, character?.AllianceId),
                    visible.Contains(owner.CorporationId));
            })
            .OrderBy(r => r.SystemName).ThenBy(r => r.PlanetName)
            .ToList();
        return new CustomsOfficeListing(rows, [.. characters.Select(c => new ListingCharacter(c.Id, c.Name))], character?.Id);
    }
}

public sealed record CustomsOfficeListing(IReadOnlyList<CustomsOfficeRow> Rows, IReadOnlyList<ListingCharacter> Characters, long? CharacterId)
{
    public static readonly CustomsOfficeListing Empty = new([], [], null);
}

public sealed record ListingCharacter(long Id, string Name);

// One customs office as the list shows it. MayOpen: the viewer may see its structure page (not only the public list).
public sealed record CustomsOfficeRow(
    long StructureId,
    long OwnerId,
    string OwnerName,
    string? AllianceName,
    string? PlanetName,
    string? PlanetType,
    long SolarSystemId,
    string SystemName,
    double Security,
    string RegionName,
    CustomsOfficeTerms Terms,
    bool MayOpen);
