using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Dashboard.Time;

namespace Structures.Tests.Dashboard.Time;

public sealed class EveClockTests : BunitContext
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 14, 52, 40, TimeSpan.Zero));

    public EveClockTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddLocalization();
    }

    [Fact]
    public void Clock_ShowsEveTimeToTheMinute()
    {
        var cut = Render<EveClock>();

        cut.Find("[data-testid=eve-clock]").TextContent.Should().Be("EVE 14:52");
        cut.Find("[data-testid=eve-clock]").GetAttribute("title").Should().Be("EVE time (UTC)");
        cut.Find("[data-testid=eve-clock]").GetAttribute("data-live").Should().Be("true", "bUnit renders it as an interactive page does");
    }

    [Fact]
    public void Clock_TurnsWhenTheMinuteTurns_AndNotBefore()
    {
        var cut = Render<EveClock>();

        _clock.Advance(TimeSpan.FromSeconds(19));
        cut.Find("[data-testid=eve-clock]").TextContent.Should().Be("EVE 14:52");

        _clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => cut.Find("[data-testid=eve-clock]").TextContent.Should().Be("EVE 14:53"));

        _clock.Advance(TimeSpan.FromMinutes(68));
        cut.WaitForAssertion(() => cut.Find("[data-testid=eve-clock]").TextContent.Should().Be("EVE 16:01"));
    }
}
