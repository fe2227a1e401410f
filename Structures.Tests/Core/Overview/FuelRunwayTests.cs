using Structures.Core.Overview;
using Structures.Core.Structures;
using static Structures.Tests.Core.Overview.OverviewRows;

namespace Structures.Tests.Core.Overview;

public sealed class FuelRunwayTests
{
    [Theory]
    [InlineData(0.5, FuelUrgency.Critical)]
    [InlineData(1.0, FuelUrgency.Urgent)]
    [InlineData(1.9, FuelUrgency.Urgent)]
    [InlineData(2.0, FuelUrgency.Soon)]
    [InlineData(6.9, FuelUrgency.Soon)]
    [InlineData(7.0, FuelUrgency.Fine)]
    public void Urgency_FollowsTheDayBuckets(double days, FuelUrgency expected) =>
        FuelUrgencies.Of(TimeSpan.FromDays(days)).Should().Be(expected);

    [Fact]
    public void Of_SortsByFuelLeft_CountsLowPowerAsEmpty_AndLeavesOutWhatBurnsNoFuel()
    {
        var rows = new[]
        {
            Row(1, "Month", fuel: Now.AddDays(31)),
            Row(2, "Hours", fuel: Now.AddHours(6)),
            Row(3, "Customs office", kind: StructureKind.CustomsOffice),
            Row(4, "Dark") with { PowerMode = PowerMode.LowPower },
            Row(5, "Days", fuel: Now.AddDays(3)),
        };

        var runway = FuelRunway.Of(rows, Now);

        runway.Entries.Select(e => (e.Row.Id, e.Urgency)).Should().Equal(
            (4, FuelUrgency.Critical), (2, FuelUrgency.Critical), (5, FuelUrgency.Soon), (1, FuelUrgency.Fine));
        runway.Entries[0].Left.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Series_PutsEachBarInItsUrgencysSeries_AndCapsTheChartAtAMonth()
    {
        var rows = new[] { Row(1, "Hours", fuel: Now.AddHours(12)), Row(2, "Day and a half", fuel: Now.AddHours(36)), Row(3, "Two months", fuel: Now.AddDays(60)) };

        var series = FuelRunway.Of(rows, Now).Series();

        series.Select(s => s.Urgency).Should().Equal(FuelUrgency.Critical, FuelUrgency.Urgent, FuelUrgency.Soon, FuelUrgency.Fine);
        series[0].Days.Should().Equal(0.5, 0, 0);
        series[1].Days.Should().Equal(0, 1.5, 0);
        series[2].Days.Should().Equal(0, 0, 0);
        series[3].Days.Should().Equal(0, 0, 30);
    }

    [Fact]
    public void SoonestAndCharted_AreCappedAtTheirSizes()
    {
        var rows = Enumerable.Range(1, 40).Select(i => Row(i, $"S{i:00}", fuel: Now.AddHours(i))).ToList();

        var runway = FuelRunway.Of(rows, Now);

        runway.Soonest.Select(e => e.Row.Id).Should().Equal(Enumerable.Range(1, 10).Select(i => (long)i));
        runway.Charted.Should().HaveCount(FuelRunway.ChartSize);
    }
}
