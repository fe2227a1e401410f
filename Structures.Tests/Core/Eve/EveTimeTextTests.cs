using Structures.Core.Eve;

namespace Structures.Tests.Core.Eve;

public sealed class EveTimeTextTests
{
    private static readonly DateTime Noon = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(3 * 86400 + 4 * 3600 + 59, "3d 4h")]
    [InlineData(5 * 3600 + 20 * 60 + 59, "5h 20m")]
    [InlineData(3600, "1h 0m")]
    [InlineData(3599, "59m 59s")]
    [InlineData(67, "1m 07s")]
    [InlineData(42, "42s")]
    [InlineData(-42, "42s")]
    public void Countdown_ShowsSecondsOnlyInTheLastHour(int seconds, string text)
    {
        EveTimeText.Countdown(TimeSpan.FromSeconds(seconds)).Should().Be(text);
    }

    [Fact]
    public void Relative_SaysWhetherTheMomentIsAheadOrPast()
    {
        EveTimeText.Relative(Noon.AddHours(26), Noon).Should().Be("in 1d 2h");
        EveTimeText.Relative(Noon.AddMinutes(-3), Noon).Should().Be("3m 00s ago");
    }

    [Theory]
    [InlineData(-1, TimeUrgency.Past)]
    [InlineData(59, TimeUrgency.Critical)]
    [InlineData(60, TimeUrgency.Warning)]
    [InlineData(24 * 60 - 1, TimeUrgency.Warning)]
    [InlineData(24 * 60, TimeUrgency.Calm)]
    public void TimerScale_CriticalWithinTheHour_WarningWithinTheDay(int minutes, TimeUrgency urgency)
    {
        UrgencyScale.Timers.Of(TimeSpan.FromMinutes(minutes)).Should().Be(urgency);
    }

    [Theory]
    [InlineData(23, TimeUrgency.Critical)]
    [InlineData(24, TimeUrgency.Warning)]
    [InlineData(47, TimeUrgency.Warning)]
    [InlineData(48, TimeUrgency.Calm)]
    public void FuelScale_WarnsFromTheDefaultFuelAlert_OfTwoDays(int hours, TimeUrgency urgency)
    {
        UrgencyScale.Fuel.Of(TimeSpan.FromHours(hours)).Should().Be(urgency);
    }
}
