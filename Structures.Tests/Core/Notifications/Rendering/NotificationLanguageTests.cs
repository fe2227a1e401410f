using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed class NotificationLanguageTests
{
    [Theory]
    [InlineData("de", "en", "de")]
    [InlineData("", "en", "en")]
    [InlineData(" ", "de", "de")]
    [InlineData("zh-hans", "en", "zh-Hans")]
    [InlineData("KO", "en", "ko")]
    [InlineData("xx", "es", "es")]
    public void Culture_IsTheWebhooksLanguage_ElseTheDefault(string language, string defaultLanguage, string expected)
    {
        NotificationLanguage.Culture(language, defaultLanguage).Name.Should().Be(expected);
    }
}
