using System.Globalization;
using Structures.Core.Eve;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Eve;

// Durations and countdowns in the units of each language a page or a Discord message is written in.
public sealed class EveTimeTextLanguageTests
{
    private static readonly TimeSpan TwoDaysFourHours = new(2, 4, 5, 0);

    [Theory]
    [InlineData("en", "2d 4h", "4h 5m", "5m 07s")]
    [InlineData("de", "2 T 4 Std.", "4 Std. 5 Min.", "5 Min. 07 s")]
    [InlineData("ru", "2 д 4 ч", "4 ч 5 мин", "5 мин 07 с")]
    [InlineData("zh-Hans", "2天4小时", "4小时5分", "5分07秒")]
    [InlineData("es", "2 d 4 h", "4 h 5 min", "5 min 07 s")]
    [InlineData("ko", "2일 4시간", "4시간 5분", "5분 07초")]
    [InlineData("fr", "2 j 4 h", "4 h 5 min", "5 min 07 s")]
    public void Duration_InEachLanguage_UsesItsUnits(string language, string days, string hours, string countdown)
    {
        var words = ResourceWords.For<TimeWords>();

        var written = NotificationLanguage.Render(CultureInfo.GetCultureInfo(language), () => (
            EveTimeText.Duration(TwoDaysFourHours, words),
            EveTimeText.Duration(new TimeSpan(4, 5, 0), words),
            EveTimeText.Countdown(new TimeSpan(0, 5, 7), words)));

        written.Should().Be((days, hours, countdown));
    }

    [Fact]
    public void Duration_WithoutWords_IsEnglishWhateverTheCulture()
    {
        var written = NotificationLanguage.Render(CultureInfo.GetCultureInfo("ko"), () => EveTimeText.Duration(TwoDaysFourHours));

        written.Should().Be("2d 4h");
    }
}
