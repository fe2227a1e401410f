using System.Globalization;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed class NotificationTimeTests
{
    private static readonly DateTime At = new(2026, 12, 1, 5, 1, 42, DateTimeKind.Utc);

    [Fact]
    public void When_WritesEveTime_ThenDiscordsLocalTimeAndCountdown()
    {
        When(At, RenderingSamples.English).Should().Be("**2026.12.01 05:01** EVE · <t:1796101302:f> (<t:1796101302:R>)");
    }

    [Fact]
    public void When_AMomentReadWithoutItsKind_IsTakenAsEveTime()
    {
        When(DateTime.SpecifyKind(At, DateTimeKind.Unspecified), RenderingSamples.English).Should().Be(When(At, RenderingSamples.English));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("zh-Hans")]
    public void When_InAnotherLanguage_KeepsEveTimeAndDiscordsTimestamps(string language)
    {
        var written = When(At, CultureInfo.GetCultureInfo(language));

        written.Should().Contain("<t:1796101302:f>").And.Contain("<t:1796101302:R>").And.StartWith("**2026.12.01 05:01** EVE");
    }

    private static string When(DateTime at, CultureInfo culture) =>
        NotificationLanguage.Render(culture, () => NotificationTime.When(RenderingSamples.Words, at));
}
