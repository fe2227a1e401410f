using Structures.Core.Statistics;
using Structures.Core.Structures;
using Structures.Dashboard.Statistics;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Statistics;

public sealed class StatisticsViewTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static StatisticsPicture Picture() => new(
        5,
        [
            new OwnerCount(98000003, "Bad Company", 3, new Dictionary<StructureKind, int> { [StructureKind.Upwell] = 2, [StructureKind.Starbase] = 1 }),
            new OwnerCount(98000004, "Dummy Corp", 2, new Dictionary<StructureKind, int> { [StructureKind.Upwell] = 2 }),
        ],
        new Dictionary<StructureKind, int> { [StructureKind.Upwell] = 4, [StructureKind.Starbase] = 1 },
        new Dictionary<StatisticState, int> { [StatisticState.Online] = 3, [StatisticState.Reinforced] = 2 },
        new Dictionary<FuelBucket, int> { [FuelBucket.UnderOneDay] = 1, [FuelBucket.MonthOrMore] = 4 },
        new NotificationsPerDay(
            [.. Enumerable.Range(0, StructureStatistics.Days).Select(i => Today.AddDays(i - StructureStatistics.Days + 1))],
            [new TypePerDay("StructureUnderAttack", 3, [.. Enumerable.Repeat(0, StructureStatistics.Days - 2), 1, 2])]));

    [Fact]
    public void Render_CountsPerOwnerAndKind_WithTotals()
    {
        var cut = Render<StatisticsView>(p => p.Add(c => c.Picture, Picture()));

        var owners = cut.Find("[data-testid=statistics-owners]");
        owners.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).Should().Equal("Owner", "Upwell", "Starbases", "Total");
        Cells(cut.Find("[data-testid=statistics-owner-98000003]")).Should().Equal("Bad Company", "2", "1", "3");
        Cells(cut.Find("[data-testid=statistics-owner-98000004]")).Should().Equal("Dummy Corp", "2", "0", "2");
        Cells(owners.QuerySelector("tfoot tr")!).Should().Equal("Total", "4", "1", "5");
        cut.Find("[data-testid=statistics-total]").TextContent.Should().Be("5 structures");
    }

    [Fact]
    public void Render_StatesAndFuel_ListEveryBucket_WithItsCount()
    {
        var cut = Render<StatisticsView>(p => p.Add(c => c.Picture, Picture()));

        var states = cut.FindAll("[data-testid=statistics-states] tbody tr").Select(Cells).ToList();
        var fuel = cut.FindAll("[data-testid=statistics-fuel] tbody tr").Select(Cells).ToList();

        states.Select(r => string.Join('|', r)).Should().HaveCount(Enum.GetValues<StatisticState>().Length).And.Contain("Reinforced|2").And.Contain("Low power|0");
        fuel.Select(r => string.Join('|', r)).Should().Equal(
            "None left|0", "Under a day|1", "One to two days|0", "Two days to a week|0", "A week to a month|0", "A month or more|4");
    }

    [Fact]
    public void Render_NotificationsPerDay_PutsEachCountUnderItsDate()
    {
        var cut = Render<StatisticsView>(p => p.Add(c => c.Picture, Picture()));

        var table = cut.Find("[data-testid=statistics-notifications]");
        var days = table.QuerySelectorAll("thead abbr").Select(a => a.GetAttribute("title")).ToList();
        var row = Cells(cut.Find("[data-testid=statistics-type-StructureUnderAttack]"));

        days.Should().HaveCount(30).And.StartWith("2026.11.01").And.EndWith("2026.11.30");
        row.Take(2).Should().Equal("StructureUnderAttack", "3");
        row[^2..].Should().Equal("1", "2");
        row.Skip(2).SkipLast(2).Should().OnlyContain(c => c == "");
    }

    [Fact]
    public void Render_WithNothingVisible_SaysSo_AndShowsNoCounts()
    {
        var cut = Render<StatisticsView>(p => p.Add(c => c.Picture, StatisticsPicture.Empty));

        cut.Find("[data-testid=statistics-empty]").TextContent.Should().Be("No structures to count.");
        cut.FindAll("[data-testid=statistics-owners]").Should().BeEmpty();
        cut.Find("[data-testid=statistics-no-notifications]").TextContent.Should().Be("No notifications in this time.");
    }

    private static List<string> Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())];
}
