using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;

namespace Structures.Tests.Dashboard.Structures;

public sealed class BoardFilteringTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 30, DateTimeKind.Utc);
    private static readonly StructureKind?[] Tabs = [null, StructureKind.Upwell, StructureKind.Starbase];

    private static StructureBoardRow[] NewRows() =>
    [
        UrgencyOrderTests.Row(1, "Plenty", fuel: Now.AddDays(30)),
        UrgencyOrderTests.Row(2, "Empty Tank", fuel: Now.AddHours(10)),
        UrgencyOrderTests.Row(3, "Gamma Tower", fuel: Now.AddDays(12), kind: StructureKind.Starbase),
    ];

    [Fact]
    public void Of_SameRowsFilterAndMinute_FiltersOnceForEveryBoard()
    {
        var rows = NewRows();
        var filter = new BoardFilter { Search = "a" };

        var first = BoardFiltering.Of(rows, filter, Tabs, Now);
        var second = BoardFiltering.Of(rows, new BoardFilter { Search = "a" }, Tabs, Now.AddSeconds(20));

        second.Should().BeSameAs(first);
        first.Shown.Select(r => r.Name).Should().Equal("Empty Tank", "Gamma Tower", "Plenty");
        first.Counts.Should().Equal(3, 2, 1);
    }

    [Fact]
    public void Of_OtherFilter_FiltersForThatFilter()
    {
        var rows = NewRows();
        _ = BoardFiltering.Of(rows, new BoardFilter(), Tabs, Now);

        var starbases = BoardFiltering.Of(rows, new BoardFilter { Kind = StructureKind.Starbase }, Tabs, Now);

        starbases.Shown.Select(r => r.Name).Should().Equal("Gamma Tower");
        starbases.Counts.Should().Equal(3, 2, 1);
    }

    [Fact]
    public void Of_NewRows_FiltersTheNewRows()
    {
        var before = BoardFiltering.Of(NewRows(), new BoardFilter { Search = "Tank" }, Tabs, Now);
        var renamed = NewRows();
        renamed[1] = renamed[1] with { Name = "Full Tank" };

        var after = BoardFiltering.Of(renamed, new BoardFilter { Search = "Tank" }, Tabs, Now);

        before.Shown.Select(r => r.Name).Should().Equal("Empty Tank");
        after.Shown.Select(r => r.Name).Should().Equal("Full Tank");
    }

    [Fact]
    public void Of_NextMinute_FiltersAgainAtThatMinute()
    {
        var rows = NewRows();
        var filter = new BoardFilter { LowFuelOnly = true };
        // A week and half a minute from the minute's start: not low at 12:00, low at 12:01.
        rows[0] = rows[0] with { FuelExpiresAt = Now.AddSeconds(-30).AddDays(7).AddSeconds(30) };

        var earlier = BoardFiltering.Of(rows, filter, Tabs, Now);
        var later = BoardFiltering.Of(rows, filter, Tabs, Now.AddMinutes(1));

        later.Should().NotBeSameAs(earlier);
        earlier.Shown.Select(r => r.Id).Should().NotContain(1);
        later.Shown.Select(r => r.Id).Should().Contain(1);
    }
}
