using static Structures.Dashboard.Simulation.SimCatalog;

namespace Structures.Dashboard.Simulation;

// Generated corporations of a benchmark alliance, each with its directors and a mix of structures: mostly Upwell,
// a tenth starbases, a tenth customs offices. Starbases and offices use distinct moons and planets per corporation
// only; EVE would never let two corporations share them, but nothing here depends on that.
internal sealed class SimScaledWorld(SimUniverse universe, DateTime now, SimScaleOptions scale)
{
    public const long AllianceId = 99100001, FirstCorporationId = 98100001, FirstCharacterId = 91000001;

    private static readonly long[] UpwellTypes = [Astrahus, Raitaru, Athanor, Fortizar, Azbel, Tatara, Ansiblex, Metenox];
    private static readonly DateTime Founded = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Director = ["Director"];

    public SimAlliance? Alliance => scale.Corporations > 0 ? new(AllianceId, "Benchmark Coalition", "BENCH", FirstCorporationId, Founded) : null;

    public IEnumerable<SimCorporation> Corporations() =>
        Enumerable.Range(0, scale.Corporations).Select(i => new SimCorporation(FirstCorporationId + i, $"Bench Corp {i + 1}", $"BC{i + 1}", AllianceId, CharacterId(i, 0), Founded));

    public IEnumerable<SimCharacter> Characters() =>
        Enumerable.Range(0, scale.Corporations).SelectMany(i => Enumerable.Range(0, Math.Max(1, scale.DirectorsPerCorporation))
            .Select(k => new SimCharacter(CharacterId(i, k), $"Bench Director {i + 1}-{k + 1}", FirstCorporationId + i, Director, Founded)));

    public static long CharacterId(int corporation, int director) => FirstCharacterId + (corporation * 100L) + director;

    public IEnumerable<SimStructure> Structures()
    {
        var systems = universe.Systems.Select(s => s.Id).Where(id => universe.PlanetsOf(id).Any()).ToList();
        var moons = universe.Moons;
        var planets = universe.Planets;
        for (var corp = 0; corp < scale.Corporations; corp++)
        {
            var corporationId = FirstCorporationId + corp;
            var count = scale.StructuresPerCorporation;
            var tenth = Math.Max(1, count / 10);
            for (var i = 0; i < count; i++)
            {
                var id = 1_040_000_000_000 + (corp * 10_000L) + i;
                yield return (i % 10) switch
                {
                    0 when i / 10 < tenth && i / 10 < moons.Count => Starbase(id, corporationId, moons[i / 10], i),
                    1 when i / 10 < tenth && i / 10 < planets.Count => CustomsOffice(id, corporationId, planets[i / 10], i),
                    _ => Upwell(id, corporationId, systems[i % systems.Count], i),
                };
            }
        }
    }

    private SimStructure Upwell(long id, long corporationId, long systemId, int index)
    {
        var typeId = UpwellTypes[index % UpwellTypes.Length];
        return new SimStructure
        {
            Id = id,
            CorporationId = corporationId,
            TypeId = typeId,
            SystemId = systemId,
            Kind = typeId == Ansiblex ? SimStructureKind.JumpGate : typeId == Metenox ? SimStructureKind.MoonDrill : SimStructureKind.Upwell,
            Name = $"Bench {id % 1_000_000}",
            X = 1_000_000 * (index + 1),
            Y = 500_000,
            Z = -3_000_000,
            FuelExpires = now.AddHours(12 + (index * 7 % 1000)),
            MagmaticGasExpires = typeId == Metenox ? now.AddDays(9) : null,
            LiquidOzone = typeId == Ansiblex ? 500_000 : 0,
            ReinforceHour = index % 24,
            Services = [.. DefaultServices(typeId)],
            FittedModuleTypeIds = typeId is Metenox or Ansiblex ? [] : [.. Fitting],
        };
    }

    private SimStructure Starbase(long id, long corporationId, SimMoon moon, int index) => new()
    {
        Id = id,
        CorporationId = corporationId,
        TypeId = AmarrTowerMedium,
        SystemId = universe.PlanetsById[moon.PlanetId].SystemId,
        Kind = SimStructureKind.Starbase,
        Name = $"Bench POS {id % 1_000_000}",
        MoonId = moon.Id,
        X = moon.X + 30_000,
        Y = moon.Y,
        Z = moon.Z - 30_000,
        State = "online",
        StarbaseFuelPerHour = 20,
        FuelExpires = now.AddHours(24 + index),
        OnlinedSince = now.AddDays(-90),
        Strontium = 4_800,
    };

    private static SimStructure CustomsOffice(long id, long corporationId, SimPlanet planet, int index) => new()
    {
        Id = id,
        CorporationId = corporationId,
        TypeId = SimCatalog.CustomsOffice,
        SystemId = planet.SystemId,
        Kind = SimStructureKind.CustomsOffice,
        Name = $"Customs Office ({planet.Name})",
        PlanetId = planet.Id,
        X = planet.X + 50_000_000,
        Y = planet.Y,
        Z = planet.Z + 50_000_000,
        State = "unknown",
        ReinforceExitStart = index % 22,
    };
}
