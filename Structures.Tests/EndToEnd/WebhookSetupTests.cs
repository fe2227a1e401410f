using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class WebhookSetupTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Admin_AddsAWebhook_SendsATest_AndSeesItInTheSimulatedDiscord()
    {
        await AddOwnerAsync(90000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/demo/discord");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("discord-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId("discord-new-channel").ClickAsync();
        var url = await page.GetByTestId("discord-new-url").InputValueAsync();

        await page.GetByTestId("nav-settings").ClickAsync();
        await page.GetByTestId("webhook-add").ClickAsync();
        await page.GetByTestId("webhook-form-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId("webhook-field-name").FillAsync("Ops channel");
        await page.GetByTestId("webhook-field-url").FillAsync("https://example.com/api/webhooks/1/abc");
        await page.GetByTestId("webhook-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-form-error")).ToContainTextAsync("Webhooks must point at Discord");

        await page.GetByTestId("webhook-field-url").FillAsync(url);
        await page.GetByTestId("webhook-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-result")).ToHaveTextAsync("Webhook Ops channel saved.");
        int webhookId;
        await using (var db = await DbAsync())
        {
            var webhook = await db.Webhooks.Include(w => w.Owners).SingleAsync();
            webhookId = webhook.Id;
            webhook.Url.Should().Be(url);
            webhook.Owners.Select(o => o.CorporationId).Should().Equal(98000001);
        }

        await page.GetByTestId("webhooks-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId($"webhook-test-{webhookId}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-result")).ToHaveTextAsync("Ops channel: OK: Discord accepted the test notification.");

        await page.GetByTestId("nav-discord").ClickAsync();
        await Assertions.Expect(page.GetByTestId("discord-content").Last).ToContainTextAsync("Test notification for webhook Ops channel, sent by Bruce Wayne");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("webhook-setup"), FullPage = true });
    }

    [Fact]
    public async Task TestNotification_ToAWebhookDeletedInDiscord_ShowsDiscordsAnswer()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new global::Structures.Core.Webhooks.Webhook { Name = "Gone", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/777/token" });
            await db.SaveChangesAsync();
        }

        await Http.PostAsync("/sim/control/discord/webhooks/777/delete", null);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/settings/webhooks");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("webhooks-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId("webhook-test-1").ClickAsync();

        await Assertions.Expect(page.GetByTestId("webhook-result")).ToContainTextAsync("Unknown Webhook");
    }
}
