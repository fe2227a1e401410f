using Structures.Core.Notifications.Rendering;
using Structures.Core.Webhooks;

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

    [Fact]
    public void Choices_AreTheLanguagesTheWebhookFormOffers()
    {
        WebhookForm.Languages.Select(l => l.Code).Where(c => c.Length > 0)
            .Should().BeEquivalentTo(NotificationLanguage.Choices, o => o.Using<string>(x => x.Subject.Should().BeEquivalentTo(x.Expectation)).WhenTypeIs<string>());
    }
}
