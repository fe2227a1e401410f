using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Eve;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class StructureTableTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public StructureTableTests()
    {
        Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void FittingColumn_FollowsThePermission(bool canViewFit, int columns)
    {
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [BoardFilterTests.Row(1, "Alpha", 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(3), [])])
            .Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now).Add(c => c.CanViewFit, canViewFit));

        cut.FindAll("[data-testid=column-fitting]").Count.Should().Be(columns);
        cut.FindAll("[data-testid=fitting-1]").Count.Should().Be(columns);
    }

    [Fact]
    public void CustomsOffices_HaveNoFuelColumn_AndReinforcedRowsStandOut()
    {
        var row = BoardFilterTests.Row(4, "Delta", 1, "Wayne", "Domain", "Amarr", StructureState.ArmorReinforce, null, [], StructureKind.CustomsOffice);

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [row]).Add(c => c.Kind, StructureKind.CustomsOffice).Add(c => c.Now, Now));

        cut.FindAll("th").Select(h => h.TextContent.Trim()).Should().NotContain(t => t.StartsWith("Fuel", StringComparison.Ordinal));
        cut.Find("td.structure-reinforced").ParentElement!.TextContent.Should().Contain("Delta");
    }

    [Fact]
    public void CustomsOffices_ShowTheirTaxAndReinforcementWindow()
    {
        var office = new CustomsOfficeDetail
        {
            StructureId = 4, CorporationTaxRate = 0.02, AllianceTaxRate = 0.05, AllowAllianceAccess = true, AllowAccessWithStandings = true,
            ExcellentStandingTaxRate = 0.05, GoodStandingTaxRate = 0.075, NeutralStandingTaxRate = 0.1, BadStandingTaxRate = 0.15, TerribleStandingTaxRate = 0.2,
            ReinforceExitStart = 18, ReinforceExitEnd = 20,
        };
        var row = BoardFilterTests.Row(4, "Delta", 1, "Wayne", "Domain", "Amarr", StructureState.NotApplicable, null, [], StructureKind.CustomsOffice) with { CustomsOffice = office };

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [row]).Add(c => c.Kind, StructureKind.CustomsOffice).Add(c => c.Now, Now));

        cut.FindAll("th").Select(h => h.TextContent.Trim()).Should().Contain(["Reinforcement", "Corporation tax", "Alliance tax", "Standing tax"]);
        cut.Find("[data-testid=poco-window-4]").TextContent.Should().Be("18:00–20:00");
        cut.Find("[data-testid=poco-corporation-4]").TextContent.Should().Be("2 %");
        cut.Find("tbody tr").TextContent.Should().Contain("5 %").And.Contain("5 % · 7.5 % · 10 % · 15 % · 20 %");
    }

    [Fact]
    public void Tags_StayOnOneLine_TheRestCounted()
    {
        var row = BoardFilterTests.Row(1, "Alpha", 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(3), ["sov", "nullsec", "staging", "capital"]);

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [row]).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));

        cut.FindAll(".board-tags .mud-chip").Select(c => c.TextContent.Trim()).Should().Equal("sov", "nullsec", "+2");
        cut.Find("[data-testid=tags-more]").GetAttribute("title").Should().Be("staging, capital");
    }

    [Fact]
    public void StateTimers_AreMomentsOnTheTimersScale()
    {
        var row = BoardFilterTests.Row(1, "Alpha", 1, "Wayne", "Catch", "1-PGSG", StructureState.ArmorReinforce, Now.AddDays(3), []) with { StateTimerEnd = Now.AddMinutes(50) };

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [row]).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));

        var timer = cut.Find("[data-testid=state-timer-1]");
        timer.TextContent.Should().Be("in 50m 00s");
        timer.GetAttribute("data-urgency").Should().Be("critical");
        cut.Find("[data-testid=fuel-1] span").GetAttribute("data-urgency").Should().Be("calm");
    }

    [Fact]
    public void ClickingAColumn_AsksToSortByIt()
    {
        BoardSort? asked = null;
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, []).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now)
            .Add(c => c.SortChanged, (BoardSort sort) => asked = sort));

        cut.Find("[data-testid=sort-Fuel]").Click();

        asked.Should().Be(BoardSort.Fuel);
        cut.Find("[data-testid=board-no-match]").TextContent.Should().Be("No structures match the filters.");
    }

    [Fact]
    public void Paging_ShowsOnePageOfRows()
    {
        var rows = Enumerable.Range(1, 30).Select(i => BoardFilterTests.Row(i, $"S{i:00}", 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(9), [])).ToList();

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, rows).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now).Add(c => c.PageSize, 10));

        cut.FindAll("tbody tr").Count.Should().Be(10);
    }

    [Fact]
    public void Render_RowsReadAgain_RedrawsOnlyTheChangedRow()
    {
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo")).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        var kept = Drawn(cut)[1].Instance;
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo renamed")));

        Drawn(cut)[1].Instance.Should().BeSameAs(kept);
        Counts(cut)[1].Should().Be(before[1]);
        cut.Find("[data-testid=name-2]").TextContent.Should().Contain("Bravo renamed");
        cut.Find("[data-testid=name-1]").TextContent.Should().Contain("Alpha");
    }

    [Fact]
    public void Render_MinuteTick_RedrawsOnlyRowsWhoseTimerEnded()
    {
        var ending = Row(1, "Alpha") with { State = StructureState.ArmorReinforce, StateTimerEnd = Now.AddSeconds(30) };
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [ending, Row(2, "Bravo")]).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        cut.FindAll("[data-testid=state-timer-1]").Should().HaveCount(1);
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.Now, Now.AddMinutes(1)));

        Counts(cut)[2].Should().Be(before[2]);
        Counts(cut)[1].Should().BeGreaterThan(before[1]);
        cut.FindAll("[data-testid=state-timer-1]").Should().BeEmpty();
    }

    [Fact]
    public void Render_ColumnsChange_RedrawsEveryRow()
    {
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo")).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.CanViewFit, true));

        Counts(cut).Should().Equal(new Dictionary<long, int> { [1] = before[1] + 1, [2] = before[2] + 1 });
        cut.FindAll("[data-testid=fitting-1]").Should().HaveCount(1);
    }

    private static StructureBoardRow[] Rows(string first, string second) => [Row(1, first), Row(2, second)];

    private static StructureBoardRow Row(long id, string name) =>
        BoardFilterTests.Row(id, name, 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(3), ["sov"]);

    private static Dictionary<long, IRenderedComponent<StructureRow>> Drawn(IRenderedComponent<StructureTable> cut) =>
        cut.FindComponents<StructureRow>().ToDictionary(r => r.Instance.Row.Id);

    private static Dictionary<long, int> Counts(IRenderedComponent<StructureTable> cut) => Drawn(cut).ToDictionary(r => r.Key, r => r.Value.RenderCount);
}
