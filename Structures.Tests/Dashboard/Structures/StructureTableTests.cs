using Microsoft.Extensions.DependencyInjection;
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

    public StructureTableTests() => Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));

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
        cut.Find("tr.structure-reinforced").TextContent.Should().Contain("Delta");
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

        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, rows).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now).Add(c => c.PageLength, 10));

        cut.FindAll("tbody tr").Count.Should().Be(10);
    }
}
