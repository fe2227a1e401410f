using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

public sealed class UrgencyOrderTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Sort_AttackedThenReinforcedByTimer_ThenFuelLeft_WithLowPowerAndAbandonedAsNoFuel_AndUnknownLast()
    {
        var rows = new[]
        {
            Row(1, "Plenty", fuel: Now.AddDays(30)),
            Row(2, "Customs", fuel: null, kind: StructureKind.CustomsOffice),
            Row(3, "Low power", fuel: Now.AddDays(-2), power: PowerMode.LowPower),
            Row(4, "Reinforced late", fuel: Now.AddDays(10), state: StructureState.ArmorReinforce, timer: Now.AddHours(30)),
            Row(5, "Short", fuel: Now.AddHours(5)),
            Row(6, "Attacked", fuel: Now.AddDays(40), overlay: Overlay(OverlayState.UnderAttack, until: Now.AddMinutes(10))),
            Row(7, "Reinforced soon", fuel: Now.AddDays(10), overlay: Overlay(OverlayState.Reinforced, until: Now.AddHours(2), timer: Now.AddHours(2))),
            Row(8, "Abandoned", fuel: null, power: PowerMode.Abandoned),
        };

        var order = UrgencyOrder.Sort(rows, Now).Select(r => r.Id);

        order.Should().Equal(6, 7, 4, 8, 3, 5, 1, 2);
    }

    [Fact]
    public void Sort_AnOverlayThatNoLongerHolds_CountsNoMore()
    {
        var rows = new[]
        {
            Row(1, "Quiet again", fuel: Now.AddDays(20), overlay: Overlay(OverlayState.UnderAttack, until: Now.AddMinutes(-1))),
            Row(2, "Fuel first", fuel: Now.AddDays(3)),
        };

        UrgencyOrder.Sort(rows, Now).Select(r => r.Id).Should().Equal(2, 1);
    }

    [Fact]
    public void BoardFilter_SortsByUrgencyByDefault_AndFuelSortPutsLowPowerFirst()
    {
        var rows = new[]
        {
            Row(1, "Plenty", fuel: Now.AddDays(30)),
            Row(2, "Low power", fuel: Now.AddDays(-1), power: PowerMode.LowPower),
            Row(3, "Reinforced", fuel: Now.AddDays(60), state: StructureState.HullReinforce, timer: Now.AddHours(3)),
        };

        new BoardFilter().Apply(rows, Now).Select(r => r.Id).Should().Equal(3, 2, 1);
        new BoardFilter { Sort = BoardSort.Fuel }.Apply(rows, Now).Select(r => r.Id).Should().Equal(2, 1, 3);
        new BoardFilter { Sort = BoardSort.Fuel, Descending = true }.Apply(rows, Now).Select(r => r.Id).Should().Equal(3, 1, 2);
    }

    internal static StructureOverlay Overlay(OverlayState state, DateTime until, DateTime? timer = null) =>
        new(state, Now.AddMinutes(-5), "Any", timer, null, until);

    internal static StructureBoardRow Row(
        long id, string name, DateTime? fuel, PowerMode? power = null, StructureState state = StructureState.ShieldVulnerable, DateTime? timer = null,
        StructureOverlay? overlay = null, StructureKind kind = StructureKind.Upwell) =>
        BoardFilterTests.Row(id, name, 98000001, "Wayne Technologies", "Catch", "1-PGSG", state, fuel, [], kind)
            with { PowerMode = power, StateTimerEnd = timer, Overlay = overlay };
}
