namespace Structures.Dashboard.Simulation.Esi;

// What ESI's public, universe and character routes show of the simulated world.
internal sealed class EsiUniverseViews(SimWorld world)
{
    private SimUniverse U => world.Universe;

    public EsiUniverseStructure? UniverseStructure(long structureId)
    {
        var s = world.Structure(structureId);
        if (s is null || s.Kind is SimStructureKind.Starbase or SimStructureKind.CustomsOffice or SimStructureKind.Skyhook)
        {
            return null;
        }

        var system = U.SystemsById[s.SystemId];
        return new EsiUniverseStructure($"{system.Name} - {s.Name}", s.CorporationId, s.SystemId, s.TypeId, new EsiPosition(s.X, s.Y, s.Z));
    }

    // Docking access: the owner's alliance (or corporation) may see the structure, others get 403.
    public bool MayDock(long structureId, long characterId)
    {
        var s = world.Structure(structureId);
        var viewer = world.Character(characterId);
        return s is null || (viewer is not null && AllianceOf(viewer.CorporationId) == AllianceOf(s.CorporationId));
    }

    private long AllianceOf(long corporationId) => world.Corporation(corporationId)?.AllianceId ?? -corporationId;

    public IReadOnlyList<EsiNotification> Notifications(long characterId) =>
        world.NotificationsOf(characterId)
            .Select(n => new EsiNotification(n.NotificationId, n.Type, n.SenderId, n.SenderType, n.Timestamp, n.Text, false))
            .ToList();

    public EsiRoles Roles(long characterId)
    {
        var roles = world.Character(characterId)?.Roles ?? [];
        return new EsiRoles(roles, roles, [], []);
    }

    public EsiCharacter? Character(long id) => world.Character(id) is { } c
        ? new EsiCharacter(c.Name, c.CorporationId, world.Corporation(c.CorporationId)?.AllianceId, c.Birthday, 1, 1, "male", 1.5)
        : null;

    public EsiCorporation? Corporation(long id) => world.Corporation(id) is { } c
        ? new EsiCorporation(c.Name, c.Ticker, c.CeoId, c.CeoId, world.Characters.Count(x => x.CorporationId == id), 0.1, c.AllianceId, c.Founded)
        : null;

    public EsiAlliance? Alliance(long id) => world.Alliance(id) is { } a
        ? new EsiAlliance(a.Name, a.Ticker, world.Corporation(a.ExecutorCorporationId)!.CeoId, a.ExecutorCorporationId, a.Founded, a.ExecutorCorporationId)
        : null;

    public IReadOnlyList<EsiAffiliation> Affiliation(IEnumerable<long> characterIds) =>
        characterIds.Select(world.Character).OfType<SimCharacter>()
            .Select(c => new EsiAffiliation(c.Id, c.CorporationId, world.Corporation(c.CorporationId)?.AllianceId))
            .ToList();

    // Like ESI, one unknown id fails the whole call (null).
    public IReadOnlyList<EsiName>? Names(IReadOnlyCollection<long> ids)
    {
        var names = ids.Select(NameOf).ToList();
        return names.Any(n => n is null) ? null : names.OfType<EsiName>().ToList();
    }

    // Exact names, whatever their case, in the categories the product asks for; a category without a match is left out.
    public EsiIds Ids(IReadOnlyCollection<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new EsiIds(
            Matches(world.Characters.Where(c => wanted.Contains(c.Name)).Select(c => new EsiIdName(c.Id, c.Name))),
            Matches(world.Corporations.Where(c => wanted.Contains(c.Name)).Select(c => new EsiIdName(c.Id, c.Name))),
            Matches(world.Alliances.Where(a => wanted.Contains(a.Name)).Select(a => new EsiIdName(a.Id, a.Name))));
    }

    private static List<EsiIdName>? Matches(IEnumerable<EsiIdName> found) => found.ToList() is { Count: > 0 } list ? list : null;

    private EsiName? NameOf(long id) =>
        world.Character(id) is { } ch ? new EsiName(id, ch.Name, "character")
        : world.Corporation(id) is { } co ? new EsiName(id, co.Name, "corporation")
        : world.Alliance(id) is { } al ? new EsiName(id, al.Name, "alliance")
        : U.SystemsById.TryGetValue(id, out var sy) ? new EsiName(id, sy.Name, "solar_system")
        : U.ConstellationsById.TryGetValue(id, out var cn) ? new EsiName(id, cn.Name, "constellation")
        : U.RegionsById.TryGetValue(id, out var re) ? new EsiName(id, re.Name, "region")
        : U.TypesById.TryGetValue(id, out var ty) ? new EsiName(id, ty.Name, "inventory_type")
        : null;

    public EsiType? Type(long id) => U.TypesById.TryGetValue(id, out var t)
        ? new EsiType(t.Id, t.Name, "", t.GroupId, t.Published, t.Volume) : null;

    public EsiGroup? Group(long id) => U.GroupsById.TryGetValue(id, out var g)
        ? new EsiGroup(g.Id, g.Name, g.CategoryId, true, U.Types.Where(t => t.GroupId == id).Select(t => t.Id).ToList()) : null;

    public EsiCategory? Category(long id) => U.CategoriesById.TryGetValue(id, out var c)
        ? new EsiCategory(c.Id, c.Name, true, U.Groups.Where(g => g.CategoryId == id).Select(g => g.Id).ToList()) : null;

    public EsiSystem? System(long id) => U.SystemsById.TryGetValue(id, out var s)
        ? new EsiSystem(s.Id, s.Name, s.ConstellationId, s.SecurityStatus, SecurityClass(s.SecurityStatus),
            new EsiPosition(s.X, s.Y, s.Z),
            U.PlanetsOf(id).Select(p => new EsiSystemPlanet(p.Id, U.Moons.Where(m => m.PlanetId == p.Id).Select(m => m.Id).ToList())).ToList())
        : null;

    private static string SecurityClass(double security) => security >= 0.45 ? "B" : security > 0 ? "D" : "F";

    public EsiConstellation? Constellation(long id) => U.ConstellationsById.TryGetValue(id, out var c)
        ? new EsiConstellation(c.Id, c.Name, c.RegionId, new EsiPosition(c.X, c.Y, c.Z), U.Systems.Where(s => s.ConstellationId == id).Select(s => s.Id).ToList())
        : null;

    public EsiRegion? Region(long id) => U.RegionsById.TryGetValue(id, out var r)
        ? new EsiRegion(r.Id, r.Name, U.Constellations.Where(c => c.RegionId == id).Select(c => c.Id).ToList()) : null;

    public EsiPlanet? Planet(long id) => U.PlanetsById.TryGetValue(id, out var p)
        ? new EsiPlanet(p.Id, p.Name, p.SystemId, p.TypeId, new EsiPosition(p.X, p.Y, p.Z)) : null;

    public EsiMoon? Moon(long id) => U.MoonsById.TryGetValue(id, out var m)
        ? new EsiMoon(m.Id, m.Name, U.PlanetsById[m.PlanetId].SystemId, new EsiPosition(m.X, m.Y, m.Z)) : null;

    public IReadOnlyList<EsiSovereigntySystem> SovereigntyMap() =>
        U.Systems.Select(s => world.Sovereignty.TryGetValue(s.Id, out var alliance)
                ? new EsiSovereigntySystem(s.Id, alliance, world.Alliance(alliance)!.ExecutorCorporationId)
                : new EsiSovereigntySystem(s.Id, null, null))
            .ToList();

    public IReadOnlyList<EsiSovereigntyStructure> SovereigntyStructures()
    {
        var start = world.Now.Date.AddHours(18);
        return world.Sovereignty
            .Select(kv => new EsiSovereigntyStructure(kv.Value, kv.Key, 1_100_000_000_000 + kv.Key, 32458, 4.0, start, start.AddHours(4)))
            .ToList();
    }

    public static EsiStatus Status(DateTime startedAt) => new(24_817, "2891563", startedAt);
}
