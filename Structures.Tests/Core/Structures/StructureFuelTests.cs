using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class StructureFuelTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Amarr Control Tower", false, 40.0)]
    [InlineData("Amarr Control Tower Medium", false, 20.0)]
    [InlineData("Amarr Control Tower Small", false, 10.0)]
    [InlineData("Amarr Control Tower", true, 30.0)]
    [InlineData("Amarr Control Tower Medium", true, 15.0)]
    [InlineData("Amarr Control Tower Small", true, 7.5)]
    public void StarbaseBurn_BySizeAndSovereignty(string tower, bool sovereignty, double perHour)
    {
        StarbaseFuel.EffectiveBlocksPerHour(tower, sovereignty).Should().Be(perHour);
    }

    [Theory]
    [InlineData("Blood Control Tower", false, 36.0)]
    [InlineData("Angel Control Tower Medium", false, 18.0)]
    [InlineData("Serpentis Control Tower Small", false, 9.0)]
    [InlineData("Dark Blood Control Tower", false, 32.0)]
    [InlineData("Dread Guristas Control Tower Medium", false, 16.0)]
    [InlineData("True Sansha Control Tower Small", false, 8.0)]
    [InlineData("Shadow Control Tower", false, 32.0)]
    [InlineData("Domination Control Tower", true, 24.0)]
    [InlineData("Guristas Control Tower", true, 27.0)]
    public void FactionTowers_BurnLessThanStandardOnes(string tower, bool sovereignty, double perHour)
    {
        StarbaseFuel.EffectiveBlocksPerHour(tower, sovereignty).Should().Be(perHour);
    }

    [Fact]
    public void FactionTowers_BurnStrontiumAsTheirSize()
    {
        StarbaseFuel.StrontiumHours("Dark Blood Control Tower", 4000).Should().Be(10.0);
    }

    [Fact]
    public void StarbaseExpiry_RoundsDownToTheSecond()
    {
        StarbaseFuel.ExpiresAt(Now, 1, "Amarr Control Tower", hasSovereignty: true).Should().Be(Now.AddSeconds(120));
        StarbaseFuel.ExpiresAt(Now, 7, "Amarr Control Tower Small", hasSovereignty: true).Should().Be(Now.AddSeconds(3360));
        StarbaseFuel.ExpiresAt(Now, 0, "Amarr Control Tower", hasSovereignty: false).Should().BeNull();
    }

    [Theory]
    [InlineData("Amarr Control Tower", 4000, 10.0)]
    [InlineData("Amarr Control Tower Medium", 4000, 20.0)]
    [InlineData("Amarr Control Tower Small", 150, 1.5)]
    public void Strontium_KeepsTheTowerReinforcedForHours(string tower, long strontium, double hours)
    {
        StarbaseFuel.StrontiumHours(tower, strontium).Should().Be(hours);
    }

    [Fact]
    public void MoonDrill_StopsWithTheScarcerInput()
    {
        MoonDrillFuel.ExpiresAt(Now, Now.AddHours(100), 200 * 50).Should().Be(Now.AddHours(50));
        MoonDrillFuel.ExpiresAt(Now, Now.AddHours(10), 200 * 50).Should().Be(Now.AddHours(10));
        MoonDrillFuel.ExpiresAt(Now, Now.AddHours(10), 0).Should().Be(Now, "no gas stops it now");
        MoonDrillFuel.ExpiresAt(Now, null, 5000).Should().BeNull("no fuel blocks: low power");
        MoonDrillFuel.ExpiresAt(Now, Now.AddHours(10), null).Should().Be(Now.AddHours(10), "gas unknown: the blocks decide");
    }

    [Theory]
    [InlineData(StructureKind.Upwell, 31, true)]
    [InlineData(StructureKind.Upwell, 30, false)]
    [InlineData(StructureKind.Upwell, -120, false)]
    [InlineData(StructureKind.Starbase, 121, true)]
    [InlineData(StructureKind.Starbase, 120, false)]
    public void Refuel_IsAnExpiryMovedLaterThanTheJitter(StructureKind kind, int minutesLater, bool refueled)
    {
        RefuelDetector.IsRefuel(kind, Now, Now.AddMinutes(minutesLater), existedBefore: true).Should().Be(refueled);
    }

    [Fact]
    public void Refuel_FromLowPower_CountsForKnownStructuresOnly()
    {
        RefuelDetector.IsRefuel(StructureKind.Upwell, null, Now, existedBefore: true).Should().BeTrue();
        RefuelDetector.IsRefuel(StructureKind.Upwell, null, Now, existedBefore: false).Should().BeFalse();
        RefuelDetector.IsRefuel(StructureKind.Upwell, Now, null, existedBefore: true).Should().BeFalse();
    }
}
