using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class WebhookSetupTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Admin_AddsAWebhookFromAPreset_SendsATest_AndSeesTheSampleInTheSimulatedDiscord()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
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
        await page.GetByTestId("webhook-preset-attacks-and-timers").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-preset-attacks-and-timers")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByTestId("webhook-field-owners").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Wayne Technologies" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("webhook-form-desktop"), FullPage = true });
        await page.GetByTestId("webhook-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-result")).ToHaveTextAsync("Webhook Ops channel saved.");
        int webhookId;
        await using (var db = await DbAsync())
        {
            var webhook = await db.Webhooks.Include(w => w.Owners).SingleAsync();
            webhookId = webhook.Id;
            webhook.Url.Should().Be(url);
            webhook.Owners.Select(o => o.CorporationId).Should().Equal(98000001);
            webhook.HasDefaultPingsEnabled.Should().BeTrue();
            webhook.Types.Should().Contain(["StructureUnderAttack", "StructureLostArmor", "OrbitalReinforced"]).And.NotContain("StructureFuelAlert");
        }

        await page.GetByTestId("webhooks-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.GetByTestId($"webhook-health-{webhookId}")).ToHaveTextAsync("Untested");
        await page.GetByTestId($"webhook-test-{webhookId}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-result")).ToHaveTextAsync("Ops channel: OK: Discord accepted the test notification.");
        await Assertions.Expect(page.GetByTestId($"webhook-health-{webhookId}")).ToHaveTextAsync("OK");
        await Assertions.Expect(page.GetByTestId($"webhook-last-sent-{webhookId}")).ToContainTextAsync(" EVE");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("webhooks-desktop"), FullPage = true });

        await page.GetByTestId($"webhook-name-{webhookId}").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("deliveries")).ToContainTextAsync("Test");
        await Assertions.Expect(page.GetByTestId("deliveries")).ToContainTextAsync("Sent");

        await page.GetByTestId("nav-discord").ClickAsync();
        await Assertions.Expect(page.GetByTestId("discord-embed-title").Last).ToHaveTextAsync("Test — Structure under attack");
        await Assertions.Expect(page.GetByTestId("discord-content").Last).ToContainTextAsync("@everyone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("webhook-setup"), FullPage = true });

        await using var phone = await browser.NewPhoneContextAsync(Factory.BaseUrl);
        var phonePage = await phone.NewPageAsync();
        await phonePage.GotoAsync("/auth/login?returnUrl=/settings/webhooks");
        await phonePage.GetByTestId("sso-character-90000001").ClickAsync();
        await phonePage.GetByTestId("webhooks-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Assertions.Expect(phonePage.GetByTestId($"webhook-health-{webhookId}")).ToHaveTextAsync("OK");
        await phonePage.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("webhooks-phone"), FullPage = true });
    }

    [Fact]
    public async Task TestNotification_ToAWebhookDeletedInDiscord_ShowsDiscordsAnswer()
    {
        ExpectLog("WebhookDisabled");
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
