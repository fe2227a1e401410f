using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class BoardFilterBarTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly StructureBoardRow[] Rows =
    [
        BoardFilterTests.Row(1, "Alpha", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(30), ["sov"]),
        BoardFilterTests.Row(2, "Bravo", 98000002, "Wayne Foods", "Domain", "Amarr", StructureState.ArmorReinforce, Now.AddDays(2), ["highsec"]),
    ];

    [Fact]
    public void CsvLink_ExportsWhatTheFilterShows()
    {
        var filter = new BoardFilter { Kind = StructureKind.Upwell, OwnerIds = new HashSet<long> { 98000002 }, LowFuelOnly = true, Search = "bra vo", Sort = BoardSort.Fuel };

        var cut = Render<BoardFilterBar>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, filter));

        cut.Find("[data-testid=board-csv]").GetAttribute("href").Should()
            .Be("/structures/export.csv?tab=Upwell&owner=98000002&q=bra%20vo&lowFuel=true&sort=Fuel");
    }

    [Fact]
    public void LowFuelSwitch_StatesItsThreshold()
    {
        var cut = Render<BoardFilterBar>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, new BoardFilter()));

        cut.Find("label:has(input[data-testid=filter-low-fuel])").TextContent.Should().Contain("Low fuel (under 7 days)");
    }

    [Fact]
    public void Chips_ToggleOnAndOff_KeepingTheOtherFilters()
    {
        BoardFilter? changed = null;
        var filter = new BoardFilter { Kind = StructureKind.Upwell, Search = "bra", Chips = new HashSet<BoardChip> { BoardChip.LowPower } };
        var cut = Render<BoardFilterBar>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, filter).Add(c => c.FilterChanged, (BoardFilter f) => changed = f));

        cut.Find("[data-testid=chip-Reinforced]").Click();
        changed!.Chips.Should().BeEquivalentTo([BoardChip.LowPower, BoardChip.Reinforced]);
        changed.Search.Should().Be("bra");

        cut.Find("[data-testid=chip-LowPower]").Click();
        changed.Chips.Should().BeEmpty();
    }

    [Fact]
    public void LowFuelSwitch_AndReset_ChangeTheFilter_KeepingTheTab()
    {
        BoardFilter? changed = null;
        var reset = new BoardFilter { Tags = new HashSet<string> { "sov" } };
        var cut = Render<BoardFilterBar>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, new BoardFilter { Kind = StructureKind.Starbase })
            .Add(c => c.Reset, reset).Add(c => c.FilterChanged, (BoardFilter f) => changed = f));

        cut.Find("input[type=checkbox]").Change(true);
        changed!.LowFuelOnly.Should().BeTrue();
        changed.Kind.Should().Be(StructureKind.Starbase);

        cut.Find("[data-testid=filter-reset]").Click();
        changed.Tags.Should().BeEquivalentTo(["sov"]);
        changed.LowFuelOnly.Should().BeFalse();
        changed.Kind.Should().Be(StructureKind.Starbase);
    }
}
