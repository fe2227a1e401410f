using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Bunit.TestDoubles;
using Structures.Core.Eve;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class BoardViewTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly StructureBoardRow[] Rows =
    [
        UrgencyOrderTests.Row(1, "Plenty", fuel: Now.AddDays(30)),
        UrgencyOrderTests.Row(2, "Empty Tank", fuel: Now.AddHours(10)),
        UrgencyOrderTests.Row(3, "Under Fire", fuel: Now.AddDays(20), overlay: UrgencyOrderTests.Overlay(OverlayState.UnderAttack, until: Now.AddMinutes(10))),
        UrgencyOrderTests.Row(4, "Dark Tower", fuel: Now.AddDays(-3), kind: StructureKind.Starbase),
        UrgencyOrderTests.Row(5, "Gamma Tower", fuel: Now.AddDays(12), kind: StructureKind.Starbase),
        UrgencyOrderTests.Row(6, "Held Tower", fuel: Now.AddDays(12), state: StructureState.StarbaseReinforced, timer: Now.AddHours(20), kind: StructureKind.Starbase),
    ];

    private readonly NavigationManager _navigation;

    public BoardViewTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));
        Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));
        _navigation = Services.GetRequiredService<NavigationManager>();
        _navigation.NavigateTo("/structures");
    }

    [Fact]
    public void Opening_OnTheAllTab_ShowsTheMostUrgentFirst()
    {
        var cut = RenderBoard();

        ShownIds(cut).Should().Equal(3, 6, 4, 2, 5, 1);
        cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).Should().Equal("All (6)", "Upwell (3)", "Jump gates (0)", "Metenox (0)", "Customs offices (0)", "Starbases (3)", "Skyhooks (0)");
    }

    [Fact]
    public void AnAddress_SetsTheTabChipsSearchSortAndPageSize()
    {
        _navigation.NavigateTo("/structures?tab=Starbase&chips=Reinforced,FuelUnderDay&q=tower&sort=Name&size=10");

        var cut = RenderBoard();

        ShownIds(cut).Should().Equal(4, 6);
        cut.Find(".mud-tab.mud-tab-active").TextContent.Trim().Should().Be("Starbases (2)");
        cut.Find("[data-testid=chip-Reinforced]").GetAttribute("aria-pressed").Should().Be("true");
        cut.Find("[data-testid=chip-UnderAttack]").GetAttribute("aria-pressed").Should().Be("false");
        cut.Find("input[data-testid=board-search]").GetAttribute("value").Should().Be("tower");
        cut.Find("[data-testid=sort-Name]").InnerHtml.Should().Contain("svg");
        cut.Find("[data-testid=board-csv]").GetAttribute("href").Should().Be("/structures/export.csv?tab=Starbase&q=tower&chips=Reinforced,FuelUnderDay&sort=Name");
    }

    [Fact]
    public void HostileAddress_OpensTheDefaultBoard()
    {
        _navigation.NavigateTo("/structures?tab=%3Cb%3E&chips=1e9&sort=-1&size=7");

        var cut = RenderBoard();

        ShownIds(cut).Should().Equal(3, 6, 4, 2, 5, 1);
    }

    [Fact]
    public void ClickingAChip_FiltersAndWritesTheAddress_WithoutReloading()
    {
        var cut = RenderBoard();

        cut.Find("[data-testid=chip-UnderAttack]").Click();

        ShownIds(cut).Should().Equal(3);
        _navigation.Uri.Should().Be("http://localhost/structures?chips=UnderAttack");
        Services.GetRequiredService<BunitNavigationManager>().History.First().Options.ReplaceHistoryEntry.Should().BeTrue();
        Services.GetRequiredService<BunitNavigationManager>().History.First().Options.ForceLoad.Should().BeFalse();
    }

    [Fact]
    public void ChangingTabAndSort_WritesThemToTheAddress()
    {
        var cut = RenderBoard();

        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Starbases", StringComparison.Ordinal)).Click();
        cut.Find("[data-testid=sort-Fuel]").Click();

        ShownIds(cut).Should().Equal(4, 5, 6);
        _navigation.Uri.Should().Be("http://localhost/structures?tab=Starbase&sort=Fuel");
    }

    [Fact]
    public void ASearchWithHitsOnlyOnAnotherTab_SaysWhere_AndGoesThere()
    {
        _navigation.NavigateTo("/structures?tab=Upwell&q=gamma");
        var cut = RenderBoard();

        cut.Find("[data-testid=board-elsewhere]").TextContent.Should().Contain("1 match on Starbases");
        cut.Find("[data-testid=elsewhere-Starbase]").Click();

        ShownIds(cut).Should().Equal(5);
        _navigation.Uri.Should().Be("http://localhost/structures?tab=Starbase&q=gamma");
    }

    private IRenderedComponent<BoardView> RenderBoard() => Render<BoardView>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));

    internal static List<long> ShownIds(IRenderedComponent<BoardView> cut) =>
        [.. cut.FindAll("td[data-testid^=name-]").Select(td => long.Parse(td.GetAttribute("data-testid")!["name-".Length..], System.Globalization.CultureInfo.InvariantCulture))];
}
