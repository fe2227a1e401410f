using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Eve;
using Structures.Dashboard.Time;

namespace Structures.Tests.Dashboard.Time;

public sealed class MomentTests : BunitContext
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Noon);

    public MomentTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddLocalization();
    }

    [Theory]
    [InlineData(MomentShow.Relative, "in 1d 2h")]
    [InlineData(MomentShow.Absolute, "2026.12.01 14:03 EVE")]
    [InlineData(MomentShow.Both, "in 1d 2h (2026.12.01 14:03 EVE)")]
    public void Show_WritesTheChosenForm_AndTheOtherAsItsTooltip(MomentShow show, string text)
    {
        var cut = Render<Moment>(p => p.Add(m => m.At, Noon.UtcDateTime.AddHours(26).AddMinutes(3)).Add(m => m.Show, show));

        var span = cut.Find("span");
        span.TextContent.Should().Be(text);
        span.GetAttribute("title").Should().Be(show == MomentShow.Absolute ? "in 1d 2h" : "2026.12.01 14:03 EVE");
    }

    [Theory]
    [InlineData(-5, "past")]
    [InlineData(30, "critical")]
    [InlineData(120, "warning")]
    [InlineData(60 * 25, "calm")]
    public void Scale_ColoursTheMomentByHowCloseItIs(int minutes, string urgency)
    {
        var cut = Render<Moment>(p => p.Add(m => m.At, Noon.UtcDateTime.AddMinutes(minutes)).Add(m => m.Scale, UrgencyScale.Timers));

        cut.Find("span").GetAttribute("data-urgency").Should().Be(urgency);
    }

    [Fact]
    public void InItsLastHour_TheMomentCountsDownBySeconds()
    {
        var cut = Render<Moment>(p => p.Add(m => m.At, Noon.UtcDateTime.AddMinutes(2)).Add(m => m.Show, MomentShow.Relative));
        cut.Find("span").TextContent.Should().Be("in 2m 00s");

        _clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("in 1m 59s"));

        _clock.Advance(TimeSpan.FromSeconds(119));
        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("in 0s"));
    }

    [Fact]
    public void FurtherAway_TheMomentChangesWhenTheMinuteTurns()
    {
        var cut = Render<Moment>(p => p.Add(m => m.At, Noon.UtcDateTime.AddHours(3).AddSeconds(30)).Add(m => m.Show, MomentShow.Relative));
        cut.Find("span").TextContent.Should().Be("in 3h 0m");

        _clock.Advance(TimeSpan.FromSeconds(31));
        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("in 2h 59m"));
    }

    [Fact]
    public void ExtraAttributes_LandOnTheSpan()
    {
        var cut = Render<Moment>(p => p.Add(m => m.At, Noon.UtcDateTime).AddUnmatched("data-testid", "ends"));

        cut.Find("[data-testid=ends]").TextContent.Should().Be("in 0s (2026.11.30 12:00 EVE)");
    }
}
