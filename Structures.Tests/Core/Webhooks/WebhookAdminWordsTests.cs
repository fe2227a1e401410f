using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

// Webhook settings answer in the viewer's page language: the form's and the URL's checks, lead times, presets.
public sealed class WebhookAdminWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task SaveAsync_InGerman_RefusesANamelessWebhookAndAForeignHostInGerman()
    {
        var admin = await SignedInViewerAsync(90000001);
        var webhooks = Factory.Get<WebhookAdministration>();
        using var german = UiCulture.Use("de");

        var nameless = await webhooks.SaveAsync(admin, null, new WebhookForm { Name = "", Url = "https://discord.com/api/webhooks/1/abc" }, default);
        var foreign = await webhooks.SaveAsync(admin, null, new WebhookForm { Name = "Mine", Url = "https://evil.example/api/webhooks/1/abc" }, default);

        nameless.Message.Should().Be("Gib dem Webhook einen Namen.");
        foreign.Message.Should().StartWith("Webhooks müssen auf Discord zeigen (discord.com, ").And.EndWith("), nicht auf evil.example.");
    }

    [Fact]
    public void LeadTimesAndPresets_InChinese_ReadChinese()
    {
        using var chinese = UiCulture.Use("zh-Hans");

        ReminderLeadTimes.Parse("15, 9w").Problem.Should().Be("“9w”不是提前时间：请填写分钟（15）、小时（2h）或天（1d），用逗号分隔。");
        WebhookPreset.Find("Fuel")!.Title.Should().Be("燃料");
        WebhookPreset.Find("Everything")!.Description.Should().Be("Structures 已知的所有类型，以及它尚不认识的类型。不提醒。");
    }
}
