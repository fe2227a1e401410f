using System.Text.Json;

namespace Structures.Dashboard.Simulation;

// Static data of the simulated universe: a slice of EVE's own static data with real IDs (Data/universe.json).
internal sealed class SimUniverse
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public required IReadOnlyList<SimCategory> Categories { get; init; }
    public required IReadOnlyList<SimGroup> Groups { get; init; }
    public required IReadOnlyList<SimType> Types { get; init; }
    public required IReadOnlyList<SimRegion> Regions { get; init; }
    public required IReadOnlyList<SimConstellation> Constellations { get; init; }
    public required IReadOnlyList<SimSystem> Systems { get; init; }
    public required IReadOnlyList<SimPlanet> Planets { get; init; }
    public required IReadOnlyList<SimMoon> Moons { get; init; }

    public Dictionary<long, SimType> TypesById { get; private init; } = [];
    public Dictionary<long, SimGroup> GroupsById { get; private init; } = [];
    public Dictionary<long, SimSystem> SystemsById { get; private init; } = [];
    public Dictionary<long, SimPlanet> PlanetsById { get; private init; } = [];
    public Dictionary<long, SimMoon> MoonsById { get; private init; } = [];
    public Dictionary<long, SimConstellation> ConstellationsById { get; private init; } = [];
    public Dictionary<long, SimRegion> RegionsById { get; private init; } = [];
    public Dictionary<long, SimCategory> CategoriesById { get; private init; } = [];

    public static SimUniverse Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "universe.json");
        using var stream = File.OpenRead(path);
        var raw = JsonSerializer.Deserialize<SimUniverse>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The simulated universe data is empty.");
        return new SimUniverse
        {
            Categories = raw.Categories,
            Groups = raw.Groups,
            Types = raw.Types,
            Regions = raw.Regions,
            Constellations = raw.Constellations,
            Systems = raw.Systems,
            Planets = raw.Planets,
            Moons = raw.Moons,
            TypesById = raw.Types.ToDictionary(t => t.Id),
            GroupsById = raw.Groups.ToDictionary(g => g.Id),
            SystemsById = raw.Systems.ToDictionary(s => s.Id),
            PlanetsById = raw.Planets.ToDictionary(p => p.Id),
            MoonsById = raw.Moons.ToDictionary(m => m.Id),
            ConstellationsById = raw.Constellations.ToDictionary(c => c.Id),
            RegionsById = raw.Regions.ToDictionary(r => r.Id),
            CategoriesById = raw.Categories.ToDictionary(c => c.Id),
        };
    }

    public IEnumerable<SimPlanet> PlanetsOf(long systemId) => Planets.Where(p => p.SystemId == systemId);

    public IEnumerable<SimMoon> MoonsOf(long systemId) =>
        Moons.Where(m => PlanetsById[m.PlanetId].SystemId == systemId);
}

internal sealed record SimCategory(long Id, string Name);
internal sealed record SimGroup(long Id, string Name, long CategoryId);
internal sealed record SimType(long Id, string Name, long GroupId, double Volume, bool Published);
internal sealed record SimRegion(long Id, string Name);
internal sealed record SimConstellation(long Id, string Name, long RegionId, double X, double Y, double Z);
internal sealed record SimSystem(long Id, string Name, long ConstellationId, double SecurityStatus, double X, double Y, double Z);
internal sealed record SimPlanet(long Id, string Name, long SystemId, long TypeId, double X, double Y, double Z);
internal sealed record SimMoon(long Id, string Name, long PlanetId, double X, double Y, double Z);
