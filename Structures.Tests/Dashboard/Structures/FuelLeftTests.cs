using Structures.Core.Structures;
using Structures.Dashboard.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class FuelLeftTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(80, "3d 8h", "mud-success-text")]
    [InlineData(50, "2d 2h", "mud-warning-text")]
    [InlineData(23.5, "23h 30m", "mud-error-text")]
    [InlineData(0.25, "15m", "mud-error-text")]
    public void FuelLeft_IsRelative_WithTheExpiry_ColouredByUrgency(double hours, string relative, string colour)
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.ExpiresAt, Now.AddHours(hours)).Add(c => c.Now, Now));

        cut.Markup.Should().Contain(relative).And.Contain(Now.AddHours(hours).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        cut.Find("p").ClassList.Should().Contain(colour);
    }

    [Fact]
    public void OutOfFuel_ShowsThePowerMode()
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.ExpiresAt, Now.AddHours(-1)).Add(c => c.PowerMode, PowerMode.LowPower).Add(c => c.Now, Now));

        cut.Find("p").TextContent.Trim().Should().Be("Low Power");
    }

    [Fact]
    public void NoFuelAtAll_ShowsADash()
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.Now, Now));

        cut.Find("p").TextContent.Trim().Should().Be("-");
    }
}
