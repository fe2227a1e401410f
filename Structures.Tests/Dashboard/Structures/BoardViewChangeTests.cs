using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Structures.Core.Eve;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

// A change that leaves the board's tabs, filters and rows in place draws the lines whose rows changed, and nothing else:
// every open board gets it, so its tabs, table header and pager are not drawn and sent again each time.
public sealed class BoardViewChangeTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly StructureBoardRow[] Rows = [.. Enumerable.Range(1, 15).Select(i => UrgencyOrderTests.Row(i, $"S{i:00}", fuel: Now.AddDays(30)))];

    public BoardViewChangeTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));
        Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/structures?sort=Name&size=10");
    }

    [Fact]
    public void Render_ARowRenamedInPlace_DrawsThatLineOnly_NotTheTabsTableOrFilters()
    {
        var cut = RenderBoard();
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.Rows, Renamed(2, "S02 renamed")).Add(c => c.Now, Now.AddSeconds(20)));

        cut.Find("[data-testid=name-2]").TextContent.Should().Contain("S02 renamed");
        var after = Counts(cut);
        after["row-2"].Should().BeGreaterThan(before["row-2"]);
        after.Where(c => c.Key != "row-2").Should().Equal(before.Where(c => c.Key != "row-2"));
    }

    [Fact]
    public void Render_AReinforcementNotified_DrawsThatLineOnly_MarkedAndWithItsBadge()
    {
        var cut = RenderBoard();
        var before = Counts(cut);
        var overlay = new StructureOverlay(OverlayState.Reinforced, Now, "StructureLostShields", Now.AddHours(30), null, Now.AddHours(30));

        cut.Render(p => p.Add(c => c.Rows, [.. Rows.Select(r => r.Id == 2 ? r with { Overlay = overlay } : r)]).Add(c => c.Now, Now.AddSeconds(20)));

        cut.Find("[data-testid=overlay-2]").TextContent.Should().Contain("Reinforced");
        cut.Find("td.structure-reinforced").GetAttribute("data-testid").Should().Be("state-2");
        var after = Counts(cut);
        after["row-2"].Should().BeGreaterThan(before["row-2"]);
        after.Where(c => c.Key != "row-2").Should().Equal(before.Where(c => c.Key != "row-2"));
    }

    [Fact]
    public void Render_ARenameThatMovesTheRow_DrawsTheTableAgain()
    {
        var cut = RenderBoard();
        var table = cut.FindComponent<StructureTable>().RenderCount;

        cut.Render(p => p.Add(c => c.Rows, Renamed(2, "S99")));

        cut.FindComponent<StructureTable>().RenderCount.Should().BeGreaterThan(table);
        BoardViewTests.ShownIds(cut).Should().Equal(1, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    [Fact]
    public void Render_ARowGone_DrawsTheTabsAgainWithTheirCounts()
    {
        var cut = RenderBoard();

        cut.Render(p => p.Add(c => c.Rows, Rows.Where(r => r.Id != 2).ToArray()));

        cut.FindAll(".mud-tab")[0].TextContent.Trim().Should().Be("All (14)");
        BoardViewTests.ShownIds(cut).Should().Equal(1, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    [Fact]
    public void NextPage_AfterARowOnItChangedInPlace_ShowsTheNewerRow()
    {
        var cut = RenderBoard();
        cut.Render(p => p.Add(c => c.Rows, Renamed(12, "S12 renamed")));

        cut.FindAll("div.mud-table-pagination-actions button")[2].Click();

        BoardViewTests.ShownIds(cut).Should().Equal(11, 12, 13, 14, 15);
        cut.Find("[data-testid=name-12]").TextContent.Should().Contain("S12 renamed");
    }

    private IRenderedComponent<BoardView> RenderBoard() => Render<BoardView>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));

    private static StructureBoardRow[] Renamed(long id, string name) => [.. Rows.Select(r => r.Id == id ? r with { Name = name } : r)];

    // How often each part of the board has drawn (itself or within it): its filters, tabs, table header and pager, and
    // each line by structure.
    private static Dictionary<string, int> Counts(IRenderedComponent<BoardView> cut) => new Dictionary<string, int>
    {
        ["filters"] = cut.FindComponent<BoardFilterBar>().RenderCount,
        ["tabs"] = cut.FindComponent<MudTabs>().RenderCount,
        ["header"] = cut.FindComponent<MudTHeadRow>().RenderCount,
        ["pager"] = cut.FindComponent<MudTablePager>().RenderCount,
    }.Concat(cut.FindComponents<StructureRow>().Select(r => KeyValuePair.Create($"row-{r.Instance.Row.Id}", r.RenderCount))).ToDictionary();
}
