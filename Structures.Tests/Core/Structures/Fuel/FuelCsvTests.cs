using Structures.Core.Structures.Fuel;

namespace Structures.Tests.Core.Structures.Fuel;

public sealed class FuelCsvTests
{
    [Fact]
    public void Write_ListsTheFleetThenOwnersThenSystems()
    {
        var blocks = new FuelTotal("Wayne", FuelKind.FuelBlocks, 2, 0, 480, 10_100, new FuelHorizon(3360, 1580), new FuelHorizon(14_400, 7100));
        var ozone = new FuelTotal("=Evil, Inc", FuelKind.LiquidOzone, 1, 1, null, 5000, null, null);
        var report = new FuelReport(DateTime.UnixEpoch, [blocks with { Group = "All structures" }], [blocks, ozone], [blocks with { Group = "1-PGSG (Catch)" }]);

        var lines = FuelCsv.Write(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Equal(
            "Scope,Name,Fuel,Structures,Per day,In stock,Need 7 days,To haul 7 days,Need 30 days,To haul 30 days,Note",
            "Fleet,All structures,Fuel blocks,2,480,10100,3360,1580,14400,7100,",
            "Owner,Wayne,Fuel blocks,2,480,10100,3360,1580,14400,7100,",
            "Owner,\"'=Evil, Inc\",Liquid ozone,1,,5000,,,,,Stock only: use depends on the mass jumped",
            "System,1-PGSG (Catch),Fuel blocks,2,480,10100,3360,1580,14400,7100,");
    }
}
