using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Structures;
using Structures.Dashboard.Structures;
using Structures.Dashboard.Time;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class FuelLeftTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public FuelLeftTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));

    [Theory]
    [InlineData(80, "in 3d 8h (2026.11.26 20:00 EVE)", "calm")]
    [InlineData(47.5, "in 1d 23h (2026.11.25 11:30 EVE)", "warning")]
    [InlineData(23.5, "in 23h 30m (2026.11.24 11:30 EVE)", "critical")]
    [InlineData(0.25, "in 15m 00s (2026.11.23 12:15 EVE)", "critical")]
    public void FuelLeft_IsAMomentOnTheFuelAlertsScale(double hours, string text, string urgency)
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.ExpiresAt, Now.AddHours(hours)));

        cut.Find("span").TextContent.Should().Be(text);
        cut.Find("span").GetAttribute("data-urgency").Should().Be(urgency);
    }

    [Fact]
    public void OnTheBoard_ItCanBeRelativeAlone()
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.ExpiresAt, Now.AddDays(9)).Add(c => c.Show, MomentShow.Relative));

        cut.Find("span").TextContent.Should().Be("in 9d 0h");
    }

    [Theory]
    [InlineData(PowerMode.LowPower, "Low Power")]
    [InlineData(PowerMode.Abandoned, "Abandoned")]
    public void LowPowerOrAbandoned_SaysSo_WhateverTheLastExpiry(PowerMode mode, string text)
    {
        var cut = Render<FuelLeft>(p => p.Add(c => c.ExpiresAt, Now.AddHours(-1)).Add(c => c.PowerMode, mode));

        cut.Find("p, span").TextContent.Trim().Should().Be(text);
    }

    [Fact]
    public void NoFuelAtAll_ShowsADash()
    {
        var cut = Render<FuelLeft>();

        cut.Find("span").TextContent.Trim().Should().Be("-");
    }
}
