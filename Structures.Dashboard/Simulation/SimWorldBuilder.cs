using static Structures.Dashboard.Simulation.SimCatalog;

namespace Structures.Dashboard.Simulation;

// Builds the same universe on every start: two alliances, five corporations, their people and 60+ structures.
internal sealed class SimWorldBuilder(SimUniverse universe, DateTime now)
{
    public const long NullSecOne = 30000474, NullSecTwo = 30000476, HighSec = 30002506, LowSec = 30002537, Wormhole = 31000005;

    private readonly List<SimStructure> _structures = [];
    private long _nextId = 1_035_000_000_001;

    public static readonly SimAlliance[] Alliances =
    [
        new(99000001, "Wayne Enterprises", "WYNE", 98000001, new DateTime(2015, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
        new(99000002, "Big Bad Alliance", "BBA", 98000003, new DateTime(2016, 7, 9, 0, 0, 0, DateTimeKind.Utc)),
    ];

    // New instances for every world: a corporation's alliance changes at run time and must not leak between worlds.
    public static SimCorporation[] NewCorporations() =>
    [
        new(98000001, "Wayne Technologies", "WYT", 99000001, 90000001, new DateTime(2014, 1, 5, 0, 0, 0, DateTimeKind.Utc)),
        new(98000002, "Wayne Foods", "WYF", 99000001, 90000004, new DateTime(2015, 2, 11, 0, 0, 0, DateTimeKind.Utc)),
        new(98000003, "Bad Company", "BADCO", 99000002, 90000006, new DateTime(2016, 5, 20, 0, 0, 0, DateTimeKind.Utc)),
        new(98000004, "Dummy Corp", "DUMMY", 99000002, 90000009, new DateTime(2017, 8, 2, 0, 0, 0, DateTimeKind.Utc)),
        new(98000005, "Lonely Miners", "LONE", null, 90000011, new DateTime(2019, 4, 14, 0, 0, 0, DateTimeKind.Utc)),
    ];

    private static readonly DateTime Born = new(2012, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Director = ["Director"];
    private static readonly string[] StationManager = ["Station_Manager"];
    private static readonly string[] Member = [];

    // New instances for every world: roles change at run time and must not leak between worlds.
    public static SimCharacter[] NewCharacters() =>
    [
        new(90000001, "Bruce Wayne", 98000001, Director, Born),
        new(90000002, "Lucius Fox", 98000001, Director, Born),
        new(90000003, "Alfred Pennyworth", 98000001, Member, Born),
        new(90000004, "Selina Kyle", 98000002, Director, Born),
        new(90000005, "Dick Grayson", 98000002, StationManager, Born),
        new(90000006, "Bad Dude", 98000003, Director, Born),
        new(90000007, "Harvey Dent", 98000003, Director, Born),
        new(90000008, "Edward Nygma", 98000003, Member, Born),
        new(90000009, "Oswald Cobblepot", 98000004, Director, Born),
        new(90000010, "Pamela Isley", 98000004, Member, Born),
        new(90000011, "Diana Prince", 98000005, Director, Born),
    ];

    public List<SimStructure> Build()
    {
        BuildWayneTechnologies(98000001);
        BuildWayneFoods(98000002);
        BuildBadCompany(98000003);
        BuildDummyCorp(98000004);
        BuildLonelyMiners(98000005);
        return _structures;
    }

    private void BuildWayneTechnologies(long corp)
    {
        Upwell(corp, Keepstar, NullSecOne, "Wayne Tower", fuelDays: 42);
        Upwell(corp, Fortizar, NullSecOne, "Gotham Market", fuelDays: 2.5);
        Upwell(corp, Astrahus, NullSecOne, "Batcave", fuelDays: 0.6);
        var reinforced = Upwell(corp, Astrahus, NullSecOne, "Arkham Outpost", fuelDays: 18);
        Reinforce(reinforced, "armor_reinforce", TimeSpan.FromHours(26));
        Upwell(corp, Raitaru, NullSecOne, "Applied Sciences", fuelDays: 9);
        Upwell(corp, Azbel, NullSecOne, "Wayne Shipyard", fuelDays: 30);
        Upwell(corp, Sotiyo, NullSecOne, "R&D Division", fuelDays: 64);
        Upwell(corp, Athanor, NullSecOne, "Moon Mine Alpha", fuelDays: 12, atMoon: true);
        Upwell(corp, Tatara, NullSecOne, "Reactor One", fuelDays: 5, atMoon: true);
        JumpGate(corp, NullSecOne, "Gotham Bridge", fuelDays: 25, ozone: 850_000);
        JumpGate(corp, NullSecOne, "Metropolis Bridge", fuelDays: 14, ozone: 40_000);
        Upwell(corp, Pharolux, NullSecOne, "Beacon", fuelDays: 20);
        Upwell(corp, Tenebrex, NullSecOne, "Jammer", fuelDays: 1.2);
        MoonDrill(corp, NullSecOne, blockDays: 8, gasDays: 3);
        MoonDrill(corp, NullSecOne, blockDays: 1.5, gasDays: 11);
        Starbase(corp, AmarrTowerLarge, NullSecOne, "Wayne POS Alpha", "online", fuelDays: 21);
        Starbase(corp, AmarrTowerMedium, NullSecOne, "Wayne POS Beta", "reinforced", fuelDays: 7);
        Starbase(corp, AmarrTowerSmall, NullSecOne, "Wayne POS Gamma", "online", fuelDays: 0.8);
        CustomsOffices(corp, NullSecOne, 3);
        Skyhooks(corp, NullSecOne, 2);
    }

    private void BuildWayneFoods(long corp)
    {
        Upwell(corp, Astrahus, HighSec, "Kitchen", fuelDays: 33);
        Upwell(corp, Astrahus, HighSec, "Pantry", fuelDays: 3);
        var unanchoring = Upwell(corp, Raitaru, LowSec, "Old Bakery", fuelDays: 6);
        unanchoring.UnanchorsAt = now.AddDays(4);
        Upwell(corp, Athanor, LowSec, "Moon Farm", fuelDays: 15, atMoon: true);
        Starbase(corp, AmarrTowerMedium, LowSec, "Foods POS", "unanchoring", fuelDays: 10);
        CustomsOffices(corp, LowSec, 3);
        MoonDrill(corp, LowSec, blockDays: 20, gasDays: 19);
        var lowPower = Upwell(corp, Raitaru, LowSec, "Abandoned Mill", fuelDays: 0);
        lowPower.FuelExpires = null;
    }

    private void BuildBadCompany(long corp)
    {
        Upwell(corp, Fortizar, NullSecTwo, "Evil Lair", fuelDays: 50);
        Upwell(corp, Astrahus, NullSecTwo, "Hideout", fuelDays: 2);
        var hull = Upwell(corp, Astrahus, NullSecTwo, "Safehouse", fuelDays: 9);
        Reinforce(hull, "hull_reinforce", TimeSpan.FromHours(40));
        Upwell(corp, Azbel, NullSecTwo, "Chop Shop", fuelDays: 22);
        Upwell(corp, Tatara, NullSecTwo, "Dark Refinery", fuelDays: 13, atMoon: true);
        JumpGate(corp, NullSecTwo, "Bad Bridge", fuelDays: 16, ozone: 1_200_000);
        JumpGate(corp, NullSecTwo, "Worse Bridge", fuelDays: 0.9, ozone: 12_000);
        MoonDrill(corp, NullSecTwo, blockDays: 30, gasDays: 2.2);
        Starbase(corp, AngelTowerLarge, NullSecTwo, "Bad POS", "online", fuelDays: 12);
        Starbase(corp, AmarrTowerSmall, NullSecTwo, "Tiny POS", "offline", fuelDays: 0);
        CustomsOffices(corp, NullSecTwo, 3);
        Skyhooks(corp, NullSecTwo, 2);
    }

    private void BuildDummyCorp(long corp)
    {
        Upwell(corp, Astrahus, Wormhole, "Thera Hub", fuelDays: 8);
        Upwell(corp, Raitaru, LowSec, "Dummy Factory", fuelDays: 4);
        var anchoring = Upwell(corp, Astrahus, LowSec, "Dummy Anchoring", fuelDays: 0);
        anchoring.FuelExpires = null;
        anchoring.Services.Clear();
        anchoring.State = "anchoring";
        anchoring.StateTimerStart = now.AddHours(-2);
        anchoring.StateTimerEnd = now.AddHours(22);
        Upwell(corp, Athanor, LowSec, "Dummy Refinery", fuelDays: 17, atMoon: true);
        Starbase(corp, CaldariTowerLarge, LowSec, "Dummy POS", "online", fuelDays: 3);
        CustomsOffices(corp, Wormhole, 2);
    }

    private void BuildLonelyMiners(long corp)
    {
        Upwell(corp, Astrahus, HighSec, "Lonely Rock", fuelDays: 11);
        MoonDrill(corp, HighSec, blockDays: 6, gasDays: 6);
        CustomsOffices(corp, HighSec, 2);
        Starbase(corp, AmarrTowerSmall, HighSec, "Lonely POS", "online", fuelDays: 4);
    }

    private SimStructure Upwell(long corp, long typeId, long systemId, string name, double fuelDays, bool atMoon = false)
    {
        var moon = atMoon ? NextMoon(systemId) : null;
        var anchor = moon is null ? (X: 0d, Y: 0d, Z: 0d) : (moon.X, moon.Y, moon.Z);
        var structure = new SimStructure
        {
            Id = _nextId++,
            CorporationId = corp,
            TypeId = typeId,
            SystemId = systemId,
            Kind = typeId == Ansiblex ? SimStructureKind.JumpGate : typeId == Metenox ? SimStructureKind.MoonDrill : SimStructureKind.Upwell,
            Name = name,
            MoonId = moon?.Id,
            X = anchor.X + 2_000_000 + (_nextId % 97 * 1_000_000),
            Y = anchor.Y + 500_000,
            Z = anchor.Z - 3_000_000,
            FuelExpires = fuelDays > 0 ? now.AddHours(Math.Round(fuelDays * 24)) : null,
            ReinforceHour = (int)(_nextId % 24),
            Services = [.. DefaultServices(typeId)],
            FittedModuleTypeIds = typeId is Metenox or Ansiblex ? [] : [.. Fitting],
            StateTimerStart = null,
        };
        structure.HasQuantumCore = QuantumCoreFor(typeId) is not null && _nextId % 5 != 0;
        _structures.Add(structure);
        return structure;
    }

    private void JumpGate(long corp, long systemId, string name, double fuelDays, long ozone) =>
        Upwell(corp, Ansiblex, systemId, name, fuelDays).LiquidOzone = ozone;

    private void MoonDrill(long corp, long systemId, double blockDays, double gasDays)
    {
        var moon = NextMoon(systemId) ?? throw new InvalidOperationException($"No free moon in {systemId}");
        var drill = new SimStructure
        {
            Id = _nextId++,
            CorporationId = corp,
            TypeId = Metenox,
            SystemId = systemId,
            Kind = SimStructureKind.MoonDrill,
            Name = $"{moon.Name} Drill",
            MoonId = moon.Id,
            X = moon.X + 1_500_000,
            Y = moon.Y,
            Z = moon.Z + 800_000,
            FuelExpires = now.AddHours(Math.Round(blockDays * 24)),
            MagmaticGasExpires = now.AddHours(Math.Round(gasDays * 24)),
            Services = [AutomaticMoonDrilling],
        };
        _structures.Add(drill);
    }

    private void Starbase(long corp, long typeId, long systemId, string name, string state, double fuelDays)
    {
        var moon = NextMoon(systemId) ?? throw new InvalidOperationException($"No free moon in {systemId}");
        var typeName = universe.TypesById[typeId].Name;
        var tower = new SimStructure
        {
            Id = _nextId++,
            CorporationId = corp,
            TypeId = typeId,
            SystemId = systemId,
            Kind = SimStructureKind.Starbase,
            Name = name,
            MoonId = moon.Id,
            X = moon.X + 30_000,
            Y = moon.Y,
            Z = moon.Z - 30_000,
            State = state,
            StarbaseFuelPerHour = TowerFuelPerHour(typeName),
            FuelExpires = fuelDays > 0 ? now.AddHours(Math.Round(fuelDays * 24)) : null,
            OnlinedSince = now.AddDays(-90),
            Strontium = TowerFuelPerHour(typeName) * 10 * 24,
            ReinforcedUntil = state == "reinforced" ? now.AddHours(30) : null,
            UnanchorsAt = state == "unanchoring" ? now.AddHours(3) : null,
        };
        _structures.Add(tower);
    }

    private void CustomsOffices(long corp, long systemId, int count)
    {
        foreach (var planet in FreePlanets(systemId).Take(count))
        {
            _structures.Add(new SimStructure
            {
                Id = 1_200_000_000_000 + planet.Id,
                CorporationId = corp,
                TypeId = CustomsOffice,
                SystemId = systemId,
                Kind = SimStructureKind.CustomsOffice,
                Name = $"Customs Office ({planet.Name})",
                PlanetId = planet.Id,
                X = planet.X + 50_000_000,
                Y = planet.Y,
                Z = planet.Z + 50_000_000,
                State = "unknown",
                ReinforceExitStart = (int)(planet.Id % 22),
                NeutralTaxRate = planet.Id % 2 == 0 ? 0.1 : null,
            });
        }
    }

    private void Skyhooks(long corp, long systemId, int count)
    {
        foreach (var planet in FreePlanets(systemId).Skip(count).Take(count))
        {
            _structures.Add(new SimStructure
            {
                Id = 1_300_000_000_000 + planet.Id,
                CorporationId = corp,
                TypeId = Skyhook,
                SystemId = systemId,
                Kind = SimStructureKind.Skyhook,
                Name = $"Orbital Skyhook ({planet.Name})",
                PlanetId = planet.Id,
                X = planet.X + 30_000_000,
                Y = planet.Y,
                Z = planet.Z - 30_000_000,
                State = "unknown",
            });
        }
    }

    private List<SimPlanet> FreePlanets(long systemId) =>
        universe.PlanetsOf(systemId).Where(p => _structures.All(s => s.PlanetId != p.Id)).ToList();

    private SimMoon? NextMoon(long systemId) =>
        universe.MoonsOf(systemId).FirstOrDefault(m => _structures.All(s => s.MoonId != m.Id));

    private void Reinforce(SimStructure structure, string state, TimeSpan until)
    {
        structure.State = state;
        structure.StateTimerStart = now.AddHours(-2);
        structure.StateTimerEnd = now.Add(until);
    }
}
