using System.Globalization;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures.Fuel;
using Structures.Dashboard.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class FuelTotalsTableTests : ComponentTest
{
    [Fact]
    public void FuelNames_InKorean_AreKorean()
    {
        IReadOnlyList<FuelTotal> totals =
        [
            new("Wayne", FuelKind.FuelBlocks, 2, 0, 480, 10_100, null, null),
            new("Wayne", FuelKind.MagmaticGas, 1, 0, 200, 5000, null, null),
            new("Wayne", FuelKind.LiquidOzone, 1, 1, null, 5000, null, null),
            new("Wayne", FuelKind.StarbaseFuel, 1, 0, 960, 28_000, null, null),
        ];

        var cut = NotificationLanguage.Render(CultureInfo.GetCultureInfo("ko"), () => Render<FuelTotalsTable>(p => p.Add(t => t.Totals, totals)));

        cut.FindAll("[data-testid=fuel-row] td:first-child").Select(td => td.TextContent)
            .Should().Equal("연료 블록", "마그마 가스", "액체 오존", "스타베이스 연료 블록");
    }
}
