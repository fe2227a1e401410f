using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// What rendering and routing a batch of notifications read from the database, and how many reads that takes: each is a
// round trip between ESI's answer and the post. Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class AlertPathReadsTests : AppTest
{
    private const long OwnerId = 98_100_001;
    private const long OwnAlliance = 99_100_001;
    private const long HeldSystem = 30_100_001;
    private const long OtherSystem = 30_100_002;
    private const long CorporationSystem = 30_100_003;
    private const long Fortizar = 35_833;
    private const long ControlTower = 16_213;
    private const long Aggressor = 95_100_001;
    private const long AggressorAlliance = 99_100_002;
    private const long Moon = 40_100_001;
    private const long Planet = 40_100_002;
    private const long Director = 90_000_001;
    private const long Wayne = 98_000_001;

    private readonly DbCommandLog _commands;

    public AlertPathReadsTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected AlertPathReadsTests(DatabaseProvider provider)
        : this(provider, new DbCommandLog())
    {
    }

    private AlertPathReadsTests(DatabaseProvider provider, DbCommandLog commands)
        : base(fakeClock: true, provider: provider, services: commands.AddTo) =>
        _commands = commands;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await DbAsync();
        db.Owners.Add(new Owner { CorporationId = OwnerId, CorporationName = "Builder Corp", AllianceId = OwnAlliance, CreatedAt = now });
        db.EveSolarSystems.AddRange(
            new EveSolarSystem { Id = HeldSystem, Name = "Held", SecurityStatus = -0.4, UpdatedAt = now },
            new EveSolarSystem { Id = OtherSystem, Name = "Other", SecurityStatus = -0.3, UpdatedAt = now },
            new EveSolarSystem { Id = CorporationSystem, Name = "Corporation's", SecurityStatus = -0.2, UpdatedAt = now });
        db.EveSovereignty.AddRange(
            new EveSovereignty { SolarSystemId = HeldSystem, AllianceId = OwnAlliance, UpdatedAt = now },
            new EveSovereignty { SolarSystemId = OtherSystem, AllianceId = AggressorAlliance, UpdatedAt = now },
            new EveSovereignty { SolarSystemId = CorporationSystem, CorporationId = OwnerId + 9, UpdatedAt = now });
        db.EveTypes.AddRange(new EveType { Id = Fortizar, Name = "Fortizar", UpdatedAt = now }, new EveType { Id = ControlTower, Name = "Control Tower", UpdatedAt = now });
        db.EveEntities.AddRange(
            new EveEntity { Id = Aggressor, Name = "Aggressor", Category = "character", UpdatedAt = now },
            new EveEntity { Id = AggressorAlliance, Name = "Aggressor Alliance", Category = "alliance", UpdatedAt = now });
        db.EveCelestials.Add(new EveCelestial { Id = Moon, Name = "Other I - Moon 1", Kind = CelestialKind.Moon, SolarSystemId = OtherSystem });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Build_WithEveryNameStored_ReadsTheNamesOnce_AndTheSystemsWithTheAlliancesSovereigntyOnce()
    {
        var batch = Parsed(Attack(HeldSystem, Aggressor), Tower(OtherSystem));
        var owner = await OwnerAsync();
        _commands.Clear();

        var contexts = await Factory.Get<RenderContextBuilder>().BuildAsync(await DbAsync(), owner, batch, structures: [], default);

        contexts.Should().HaveCount(2);
        contexts[0].Names.Should().Contain(new Dictionary<long, string>
        {
            [Fortizar] = "Fortizar", [ControlTower] = "Control Tower", [Aggressor] = "Aggressor", [AggressorAlliance] = "Aggressor Alliance", [Moon] = "Other I - Moon 1",
        });
        contexts[0].Systems.Keys.Should().BeEquivalentTo([HeldSystem, OtherSystem]);
        contexts[0].SovereigntySystemIds.Should().BeEquivalentTo([HeldSystem], "the other system is held by another alliance");
        contexts[0].HoldsSovereignty(HeldSystem).Should().BeTrue();
        contexts[1].HoldsSovereignty(OtherSystem).Should().BeFalse();
        _commands.All.Should().HaveCount(2, "one read for every name, one for the systems; nothing asked of ESI, nothing counted or written");
        _commands.All.Should().ContainSingle(sql => sql.Contains("\"EveTypes\"", StringComparison.Ordinal)
            && sql.Contains("\"EveEntities\"", StringComparison.Ordinal) && sql.Contains("\"EveCelestials\"", StringComparison.Ordinal));
        _commands.All.Should().ContainSingle(sql => sql.Contains("\"EveSolarSystems\"", StringComparison.Ordinal) && sql.Contains("\"EveSovereignty\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_WithANameNotStored_AsksEsiForIt_StoresIt_AndNamesIt()
    {
        var batch = Parsed(Attack(HeldSystem, Director));
        var owner = await OwnerAsync();

        var contexts = await Factory.Get<RenderContextBuilder>().BuildAsync(await DbAsync(), owner, batch, structures: [], default);

        contexts.Single().Names.Should().Contain(Director, "Bruce Wayne").And.Contain(Fortizar, "Fortizar");
        await using var db = await DbAsync();
        (await db.EveEntities.SingleAsync(e => e.Id == Director)).Name.Should().Be("Bruce Wayne");
    }

    [Fact]
    public async Task Build_WithoutAnAlliance_HoldsNoSovereignty()
    {
        await using (var db = await DbAsync())
        {
            await db.Owners.Where(o => o.CorporationId == OwnerId).ExecuteUpdateAsync(o => o.SetProperty(x => x.AllianceId, (long?)null));
        }

        var contexts = await Factory.Get<RenderContextBuilder>().BuildAsync(
            await DbAsync(), await OwnerAsync(), Parsed(Attack(HeldSystem, Aggressor), Attack(CorporationSystem, Aggressor)), default);

        contexts.Should().HaveCount(2);
        contexts[0].SovereigntySystemIds.Should().BeEmpty("no alliance holds anything for an owner outside one, nor does a system held by no alliance");
        contexts[0].Systems.Should().ContainKeys(HeldSystem, CorporationSystem);
    }

    [Fact]
    public async Task Structures_AreThoseNamedByIdOrAtTheNamedPlanetsAndMoons_WithTheirWebhooks_OfThisOwnerOnly()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            var webhook = new Webhook { Name = "keep", Url = "https://discord.com/api/webhooks/1/keep", NotificationTypes = "StructureUnderAttack", CreatedAt = now };
            db.Owners.Add(new Owner { CorporationId = OwnerId + 1, CorporationName = "Someone Else", CreatedAt = now });
            db.Structures.AddRange(
                Structure(1, StructureKind.Upwell, now, webhooks: [webhook]),
                Structure(2, StructureKind.Upwell, now),
                Structure(3, StructureKind.CustomsOffice, now, planet: Planet),
                Structure(4, StructureKind.Skyhook, now, planet: Planet),
                Structure(5, StructureKind.Starbase, now, moon: Moon),
                Structure(6, StructureKind.Starbase, now, moon: Moon + 10),
                Structure(7, StructureKind.CustomsOffice, now, planet: Planet, owner: OwnerId + 1));
            await db.SaveChangesAsync();
        }

        _commands.Clear();
        var places = new[]
        {
            new NotificationPlace(HeldSystem, StructureId: 1),
            new NotificationPlace(HeldSystem, PlanetId: Planet),
            new NotificationPlace(OtherSystem, MoonId: Moon),
        };
        var loaded = await NotificationStructures.LoadAsync(await DbAsync(), OwnerId, places, default);

        loaded.Select(s => s.Id).Should().BeEquivalentTo([1L, 3L, 4L, 5L]);
        loaded.Single(s => s.Id == 1).Webhooks.Select(w => w.Name).Should().Equal("keep");
        _commands.All.Should().ContainSingle("the structures and their webhooks are one read");
        (await NotificationStructures.LoadAsync(await DbAsync(), OwnerId, [new(HeldSystem)], default)).Should().BeEmpty();
        _commands.All.Should().ContainSingle("a batch naming no structure, planet or moon reads nothing");
    }

    [Fact]
    public async Task Fetch_OfAnAttackWhoseNamesAreStored_FromStoringToQueuing_ReadsNoWebhookList_AndTheStructuresOnce()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack", IsDefault = true });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(Director);
        await SyncAsync(Wayne);
        var keepstar = await StructureIdAsync("Wayne Tower");
        var fetcher = Factory.Get<NotificationFetcher>();
        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        (await fetcher.FetchAsync(Wayne, default)).Added.Should().Be(1, "the first attack stores the names it mentions");
        Clock.Advance(TimeSpan.FromMinutes(11));
        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        _commands.Clear();

        (await fetcher.FetchAsync(Wayne, default)).Added.Should().Be(1);

        var log = _commands.All;
        var stored = log.ToList().FindIndex(sql => sql.Contains("INSERT INTO \"Notifications\"", StringComparison.Ordinal));
        var queued = log.ToList().FindIndex(sql => sql.Contains("INSERT INTO \"QueuedMessages\"", StringComparison.Ordinal));
        log.Take(stored).Should().Contain(sql => sql.Contains("\"OwnerWebhooks\"", StringComparison.Ordinal), "the owner is read with its webhooks before ESI is asked");
        var between = log.Skip(stored).Take(queued - stored + 1).ToList();
        // The board's own signal to other instances (PostgreSQL's NOTIFY) is not a read the path waits for.
        between.Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && !sql.Contains("pg_notify", StringComparison.Ordinal))
            .Should().HaveCount(4, "what is pending, the structures, the names and the systems are read, once each");
        between.Should().NotContain(sql => sql.Contains("\"OwnerWebhooks\"", StringComparison.Ordinal));
        between.Where(sql => sql.Contains("FROM \"Structures\"", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("\"StructureWebhooks\"", "routing and rendering share one read of the structures with their webhooks");
    }

    private static Structure Structure(long id, StructureKind kind, DateTime now, long? planet = null, long? moon = null, long owner = OwnerId, List<Webhook>? webhooks = null) => new()
    {
        Id = id, OwnerId = owner, Kind = kind, Name = $"Structure {id}", SolarSystemId = HeldSystem, PlanetId = planet, MoonId = moon,
        CreatedAt = now, LastUpdatedAt = now, Webhooks = webhooks ?? [],
    };

    private async Task<Owner> OwnerAsync()
    {
        await using var db = await DbAsync();
        return await db.Owners.AsNoTracking().SingleAsync(o => o.CorporationId == OwnerId);
    }

    private List<ParsedNotification> Parsed(params (string Type, string Text)[] notifications) =>
        [.. notifications.Select((n, i) => ParsedNotification.Parse(new Notification
        {
            OwnerId = OwnerId, NotificationId = i + 1, Type = n.Type, SenderType = "corporation", Text = n.Text, ContentKey = $"k{i}",
            IsKnownType = true, Timestamp = Clock.GetUtcNow().UtcDateTime,
        }))];

    private static (string, string) Attack(long system, long character) => ("StructureUnderAttack",
        $"allianceID: {AggressorAlliance}\narmorPercentage: 100.0\ncharID: {character}\nhullPercentage: 100.0\nshieldPercentage: 50.0\n"
        + $"solarsystemID: {system}\nstructureID: 1\nstructureTypeID: {Fortizar}\n");

    private static (string, string) Tower(long system) => ("TowerAlertMsg",
        $"moonID: {Moon}\nsolarSystemID: {system}\ntypeID: {ControlTower}\nshieldValue: 0.5\n");
}
