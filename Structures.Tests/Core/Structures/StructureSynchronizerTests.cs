using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class StructureSynchronizerTests : AppTest
{
    public StructureSynchronizerTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected StructureSynchronizerTests(DatabaseProvider provider)
        : base(fakeClock: true, provider: provider)
    {
    }

    private const long Wayne = 98000001;

    [Fact]
    public async Task Sync_LandsEveryKindOfStructure()
    {
        await AddOwnerAsync(90000001);

        var result = await SyncAsync(Wayne);

        result.Complete.Should().BeTrue(result.Error);
        await using var db = await DbAsync();
        var kinds = await db.Structures.Where(s => s.OwnerId == Wayne).GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        kinds.ToDictionary(k => k.Key, k => k.Count).Should().BeEquivalentTo(new Dictionary<StructureKind, int>
        {
            [StructureKind.Upwell] = 11,
            [StructureKind.JumpGate] = 2,
            [StructureKind.MoonDrill] = 2,
            [StructureKind.Starbase] = 3,
            [StructureKind.CustomsOffice] = 3,
            [StructureKind.Skyhook] = 2,
        });
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == Wayne);
        owner.StructuresSync.LastSuccessAt.Should().Be(Now);
        owner.AssetsSync.LastSuccessAt.Should().Be(Now);
        owner.StructuresSync.LastError.Should().BeNull();
    }

    [Fact]
    public async Task Upwell_HasNameWithoutSystem_StateServicesFuelAndFitting()
    {
        await AddOwnerAsync(90000001);

        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        var keepstar = await db.Structures.Include(s => s.Services).Include(s => s.Items).Include(s => s.Tags).AsSplitQuery().SingleAsync(s => s.TypeId == 35834);
        keepstar.Name.Should().Be("Wayne Tower");
        keepstar.SolarSystemId.Should().Be(30000474);
        keepstar.State.Should().Be(StructureState.ShieldVulnerable);
        keepstar.FuelExpiresAt.Should().Be(Now.AddHours(42 * 24));
        keepstar.Services.Select(s => (s.Name, s.IsOnline)).Should().BeEquivalentTo([("Market Hub", true), ("Clone Bay", true)]);
        keepstar.LastOnlineAt.Should().Be(Now);
        keepstar.HasFitting.Should().BeTrue();
        keepstar.FuelBlocks.Should().Be(42 * 24 * 50);
        new[] { keepstar.PositionX, keepstar.PositionY, keepstar.PositionZ }.Should().OnlyContain(p => p != null && p != 0, "the position comes from the asset locations");
        keepstar.ReinforceHour.Should().BeInRange(0, 23);
        keepstar.Tags.Select(t => t.Name).Should().BeEquivalentTo("nullsec", "sov");
        PowerModes.Of(keepstar, Now).Should().Be(PowerMode.FullPower);
    }

    [Fact]
    public async Task ReinforcedAndUnanchoringStructures_KeepTheirTimers()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000004);

        await SyncAsync(Wayne);
        await SyncAsync(98000002);

        await using var db = await DbAsync();
        var reinforced = await db.Structures.SingleAsync(s => s.Name == "Arkham Outpost");
        reinforced.State.Should().Be(StructureState.ArmorReinforce);
        reinforced.StateTimerEnd.Should().Be(Now.AddHours(26));
        var unanchoring = await db.Structures.SingleAsync(s => s.Name == "Old Bakery");
        unanchoring.UnanchorsAt.Should().Be(Now.AddDays(4));
        var lowPower = await db.Structures.Include(s => s.Services).SingleAsync(s => s.Name == "Abandoned Mill");
        lowPower.FuelExpiresAt.Should().BeNull();
        lowPower.Services.Should().OnlyContain(s => !s.IsOnline);
        PowerModes.Of(lowPower, Now).Should().Be(PowerMode.AbandonedMaybe);
        (await db.Structures.SingleAsync(s => s.Name == "Foods POS")).State.Should().Be(StructureState.StarbaseUnanchoring);
    }

    [Fact]
    public async Task MoonDrill_ExpiresWithTheScarcerFuel_AndSitsOnItsMoon()
    {
        await AddOwnerAsync(90000001);

        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        var drills = await db.Structures.Where(s => s.Kind == StructureKind.MoonDrill).OrderBy(s => s.Id).ToListAsync();
        drills[0].FuelExpiresAt.Should().Be(Now.AddDays(3), "gas lasts 3 days, blocks 8");
        drills[0].MagmaticGas.Should().Be(3 * 24 * 200);
        drills[1].FuelExpiresAt.Should().Be(Now.AddHours(36), "blocks last 1.5 days, gas 11");
        drills.Should().OnlyContain(d => d.MoonId != null && d.Name.EndsWith("Drill", StringComparison.Ordinal));
        var moon = await db.EveCelestials.SingleAsync(c => c.Id == drills[0].MoonId);
        drills[0].Name.Should().StartWith(moon.Name);
    }

    [Fact]
    public async Task JumpGate_HasItsLiquidOzone()
    {
        await AddOwnerAsync(90000001);

        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        var gates = await db.Structures.Where(s => s.Kind == StructureKind.JumpGate).ToDictionaryAsync(s => s.Name, s => s.LiquidOzone);
        gates.Should().BeEquivalentTo(new Dictionary<string, long?> { ["Gotham Bridge"] = 850_000, ["Metropolis Bridge"] = 40_000 });
    }

    [Fact]
    public async Task CustomsOffice_FindsItsPlanet_AndTaxes()
    {
        await AddOwnerAsync(90000001);

        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        var offices = await db.Structures.Include(s => s.CustomsOffice).Where(s => s.Kind == StructureKind.CustomsOffice).ToListAsync();
        offices.Should().HaveCount(3).And.OnlyContain(o => o.PlanetId != null && o.CustomsOffice != null);
        var planet = await db.EveCelestials.SingleAsync(c => c.Id == offices[0].PlanetId);
        offices[0].Name.Should().Be(planet.Name);
        offices[0].CustomsOffice!.CorporationTaxRate.Should().Be(0.05);
        offices[0].ReinforceHour.Should().Be((offices[0].CustomsOffice!.ReinforceExitStart + 1) % 24);
    }

    [Fact]
    public async Task Skyhooks_ComeFromAssets_AtTheNearestPlanet()
    {
        await AddOwnerAsync(90000001);

        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        var skyhooks = await db.Structures.Where(s => s.Kind == StructureKind.Skyhook).ToListAsync();
        skyhooks.Should().HaveCount(2).And.OnlyContain(s => s.PlanetId != null && s.TypeId == 81080);
        (await db.EveCelestials.SingleAsync(c => c.Id == skyhooks[0].PlanetId)).Name.Should().Be(skyhooks[0].Name);
    }

    [Fact]
    public async Task Starbase_FuelExpiry_IsProjectedFromTheFuelBay_WithTheSovereigntyDiscount()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);

        await SyncAsync(Wayne);
        await SyncAsync(98000003);

        await using var db = await DbAsync();
        var wayne = await db.Structures.Include(s => s.Starbase).SingleAsync(s => s.Name == "Wayne POS Alpha");
        wayne.Starbase!.FuelBlocks.Should().Be(21 * 24 * 40);
        wayne.FuelExpiresAt.Should().Be(Now.AddHours(21 * 24 * 40 / 30.0), "the alliance holds sov: 30 blocks an hour instead of 40");
        (await db.EveCelestials.SingleAsync(c => c.Id == wayne.MoonId)).SolarSystemId.Should().Be(wayne.SolarSystemId);
        wayne.Starbase.Strontium.Should().Be(40 * 10 * 24);
        wayne.Starbase.StrontiumHours.Should().Be(24);
        var offline = await db.Structures.SingleAsync(s => s.Name == "Tiny POS");
        offline.State.Should().Be(StructureState.StarbaseOffline);
        offline.FuelExpiresAt.Should().BeNull();
        var reinforced = await db.Structures.SingleAsync(s => s.Name == "Wayne POS Beta");
        reinforced.State.Should().Be(StructureState.StarbaseReinforced);
        reinforced.StateTimerEnd.Should().Be(Now.AddHours(30));
    }

    [Fact]
    public async Task Starbase_WithoutSovereignty_BurnsTheFullRate()
    {
        await AddOwnerAsync(90000004);

        await SyncAsync(98000002);

        await using var db = await DbAsync();
        var pos = await db.Structures.Include(s => s.Starbase).SingleAsync(s => s.Name == "Foods POS");
        pos.FuelExpiresAt.Should().Be(Now.AddDays(10), "a medium tower in low-sec burns 20 blocks an hour");
    }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;
}
