using Structures.Core.Structures;
using Structures.Core.Structures.Fuel;

namespace Structures.Tests.Core.Structures.Fuel;

public sealed class FuelSumsTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Of_AnUpwellStructure_BurnsItsBayOverTheHoursLeft()
    {
        var draw = FuelUse.Of(Upwell(1, blocks: 2400, days: 10), Place(1), Now).Should().ContainSingle().Subject;

        draw.Fuel.Should().Be(FuelKind.FuelBlocks);
        draw.PerHour.Should().Be(10);
        draw.Stock.Should().Be(2400);
    }

    [Fact]
    public void Of_AnUpwellStructureWhoseBayIsNotKnown_HasNoRate()
    {
        FuelUse.Of(Upwell(1, blocks: null, days: 10), Place(1), Now).Single().PerHour.Should().BeNull();
    }

    [Fact]
    public void Of_AStructureWithoutFuelExpiry_BurnsNothing()
    {
        var structure = Upwell(1, blocks: 500, days: 10);
        structure.FuelExpiresAt = null;

        FuelUse.Of(structure, Place(1), Now).Single().PerHour.Should().Be(0);
    }

    [Fact]
    public void Of_AMetenoxDrill_BurnsBlocksAndMagmaticGasAtItsFixedRates()
    {
        var drill = Upwell(1, blocks: 100, days: 1, StructureKind.MoonDrill);
        drill.MagmaticGas = 4800;

        var draws = FuelUse.Of(drill, Place(1), Now).ToList();

        draws.Should().BeEquivalentTo([
            new FuelDraw(Place(1), FuelKind.FuelBlocks, 5, 100),
            new FuelDraw(Place(1), FuelKind.MagmaticGas, 200, 4800),
        ]);
    }

    [Fact]
    public void Of_AJumpGate_ShowsItsLiquidOzoneWithoutARate()
    {
        var gate = Upwell(1, blocks: 240, days: 10, StructureKind.JumpGate);
        gate.LiquidOzone = 75_000;

        FuelUse.Of(gate, Place(1), Now).Should().ContainEquivalentOf(new FuelDraw(Place(1), FuelKind.LiquidOzone, null, 75_000));
    }

    [Theory]
    [InlineData("Amarr Control Tower", false, StructureState.StarbaseOnline, 40)]
    [InlineData("Amarr Control Tower", true, StructureState.StarbaseOnline, 30)]
    [InlineData("Dark Blood Control Tower Small", false, StructureState.StarbaseReinforced, 8)]
    [InlineData("Amarr Control Tower Medium", false, StructureState.StarbaseOffline, 0)]
    public void Of_AStarbase_BurnsAtItsTowersRate(string tower, bool sovereignty, StructureState state, double perHour)
    {
        var starbase = new Structure { Id = 1, Name = "POS", Kind = StructureKind.Starbase, State = state, Starbase = new StarbaseDetail { FuelBlocks = 1000 } };

        var draw = FuelUse.Of(starbase, Place(1) with { TypeName = tower, HasSovereignty = sovereignty }, Now).Single();

        draw.Should().Be(new FuelDraw(Place(1) with { TypeName = tower, HasSovereignty = sovereignty }, FuelKind.StarbaseFuel, perHour, 1000));
    }

    [Fact]
    public void By_CountsWhatToHaulPerStructure_SoOneFullBayDoesNotFeedAnother()
    {
        // 10 blocks an hour each: the week needs 1,680 blocks apiece, the month 7,200.
        var full = new FuelDraw(Place(1), FuelKind.FuelBlocks, 10, 10_000);
        var empty = new FuelDraw(Place(2), FuelKind.FuelBlocks, 10, 100);

        var total = FuelSums.By([full, empty], p => p.OwnerName).Should().ContainSingle().Subject;

        total.Should().Be(new FuelTotal("Wayne", FuelKind.FuelBlocks, 2, 0, 480, 10_100, new FuelHorizon(3360, 1580), new FuelHorizon(14_400, 7100)));
    }

    [Fact]
    public void By_GroupsPerSystemAndFuel_InOrder()
    {
        var draws = new[]
        {
            new FuelDraw(Place(1) with { SystemName = "Jita" }, FuelKind.MagmaticGas, 200, 0),
            new FuelDraw(Place(2) with { SystemName = "Amarr" }, FuelKind.FuelBlocks, 1, 0),
            new FuelDraw(Place(1) with { SystemName = "Jita" }, FuelKind.FuelBlocks, 5, 0),
        };

        var totals = FuelSums.By(draws, p => p.SystemName);

        totals.Select(t => (t.Group, t.Fuel)).Should().Equal(("Amarr", FuelKind.FuelBlocks), ("Jita", FuelKind.FuelBlocks), ("Jita", FuelKind.MagmaticGas));
        totals[2].Week.Should().Be(new FuelHorizon(33_600, 33_600));
    }

    [Fact]
    public void Total_WithoutAnyRate_SaysSo_AndNeedsNothing()
    {
        var total = FuelSums.Total("Wayne", FuelKind.LiquidOzone, [new FuelDraw(Place(1), FuelKind.LiquidOzone, null, 5000), new FuelDraw(Place(2), FuelKind.LiquidOzone, null, 7000)]);

        total.Should().Be(new FuelTotal("Wayne", FuelKind.LiquidOzone, 2, 2, null, 12_000, null, null));
        FuelNames.Note(total).Should().Contain("Stock only");
    }

    [Fact]
    public void Need_RoundsUpToWholeUnits()
    {
        FuelSums.Need(0.1, TimeSpan.FromHours(5)).Should().Be(1);
        FuelSums.ToHaul(new FuelDraw(Place(1), FuelKind.FuelBlocks, 2.5, 400), FuelSums.Week).Should().Be(20);
    }

    private static Structure Upwell(long id, long? blocks, double days, StructureKind kind = StructureKind.Upwell) =>
        new() { Id = id, Name = $"S{id}", Kind = kind, FuelBlocks = blocks, FuelExpiresAt = Now.AddDays(days) };

    private static FuelPlace Place(long id) => new(id, "Wayne", "1-PGSG", "Catch", "Astrahus", false);
}
