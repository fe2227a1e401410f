using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed class NotificationTimeTests
{
    private static readonly DateTime At = new(2026, 12, 1, 5, 1, 42, DateTimeKind.Utc);

    [Fact]
    public void When_WritesEveTime_ThenDiscordsLocalTimeAndCountdown()
    {
        NotificationTime.When(At).Should().Be("**2026.12.01 05:01** EVE · <t:1796101302:f> (<t:1796101302:R>)");
    }

    [Fact]
    public void When_AMomentReadWithoutItsKind_IsTakenAsEveTime()
    {
        NotificationTime.When(DateTime.SpecifyKind(At, DateTimeKind.Unspecified)).Should().Be(NotificationTime.When(At));
    }

    [Fact]
    public void When_InTheEnglishWords_ReadsAsTheEnglishOnlyMessagesWriteIt()
    {
        var english = NotificationLanguage.Render(RenderingSamples.English, () => NotificationTime.When(RenderingSamples.Words, At));
        var german = NotificationLanguage.Render(System.Globalization.CultureInfo.GetCultureInfo("de"), () => NotificationTime.When(RenderingSamples.Words, At));

        english.Should().Be(NotificationTime.When(At));
        german.Should().Contain("<t:1796101302:f>").And.Contain("<t:1796101302:R>").And.StartWith("**2026.12.01 05:01** EVE");
    }
}
