namespace Structures.Tests.Benchmarks.Soak;

public sealed class AppSupervisorTests
{
    [Fact]
    public void Plan_ThreeKills_OneInEachThirdOfTheRunsMiddle()
    {
        var run = TimeSpan.FromMinutes(10);

        var kills = AppSupervisor.Plan(run, 3, new Random(7));

        kills.Should().HaveCount(3);
        kills[0].Should().BeGreaterThan(TimeSpan.FromMinutes(1.5)).And.BeLessThan(TimeSpan.FromMinutes(3.8));
        kills[1].Should().BeGreaterThan(TimeSpan.FromMinutes(3.8)).And.BeLessThan(TimeSpan.FromMinutes(6.2));
        kills[2].Should().BeGreaterThan(TimeSpan.FromMinutes(6.2)).And.BeLessThan(TimeSpan.FromMinutes(8.5));
    }
}
