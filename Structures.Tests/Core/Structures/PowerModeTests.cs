using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class PowerModeTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Fuelled_IsFullPower_UntilTheVeryMomentFuelRunsOut()
    {
        PowerModes.Of(Upwell(fuel: Now.AddSeconds(1)), Now).Should().Be(PowerMode.FullPower);
        PowerModes.Of(Upwell(fuel: Now, lastOnline: Now.AddHours(-1)), Now).Should().Be(PowerMode.LowPower);
    }

    [Fact]
    public void WithoutFuel_IsLowPower_ForSevenDays_ThenAbandoned()
    {
        PowerModes.Of(Upwell(lastOnline: Now.AddDays(-7)), Now).Should().Be(PowerMode.LowPower);
        PowerModes.Of(Upwell(lastOnline: Now.AddDays(-7).AddSeconds(-1)), Now).Should().Be(PowerMode.Abandoned);
    }

    [Theory]
    [InlineData(StructureState.Anchoring, PowerMode.LowPower)]
    [InlineData(StructureState.AnchorVulnerable, PowerMode.LowPower)]
    [InlineData(StructureState.ShieldVulnerable, PowerMode.AbandonedMaybe)]
    public void WithoutHistory_DependsOnState(StructureState state, PowerMode expected)
    {
        var structure = Upwell();
        structure.State = state;

        PowerModes.Of(structure, Now).Should().Be(expected);
    }

    [Fact]
    public void Starbases_HaveNoPowerMode()
    {
        PowerModes.Of(new Structure { Name = "POS", Kind = StructureKind.Starbase }, Now).Should().BeNull();
    }

    [Fact]
    public void Labels_AreTheOnesUsersKnow()
    {
        PowerMode.AbandonedMaybe.Label().Should().Be("Abandoned?");
        PowerMode.LowPower.Label().Should().Be("Low Power");
    }

    private static Structure Upwell(DateTime? fuel = null, DateTime? lastOnline = null) =>
        new() { Name = "Astrahus", Kind = StructureKind.Upwell, FuelExpiresAt = fuel, LastOnlineAt = lastOnline };
}
