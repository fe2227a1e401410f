using System.Net.Http.Json;
using Microsoft.Playwright;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class NotificationsPageTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task NotificationsPage_SaysWhichStructure_OpensTheDiscordMessage_SearchesThroughTheUrl_OnDesktopAndPhone()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var world = await Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/sim/control/world");
        var arkham = world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("name").GetString() == "Arkham Outpost").GetProperty("id").GetInt64();
        (await Http.PostAsync($"/sim/control/structures/{arkham}/attack", null)).EnsureSuccessStatusCode();
        await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default);

        await using var desktop = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await SignedInPageAsync(desktop);
        await Assertions.Expect(page.GetByTestId("notifications")).ToContainTextAsync("Structure under attack");
        await Assertions.Expect(page.GetByTestId("notifications")).ToContainTextAsync("Arkham Outpost");
        await page.Locator("[data-testid^=notification-open-]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("discord-embed")).ToContainTextAsync("Arkham Outpost");
        await Assertions.Expect(page.GetByTestId("notification-dialog-structure")).ToHaveAttributeAsync("href", $"/structures/{arkham}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("notifications-desktop-message"), FullPage = true });
        await page.GetByTestId("notification-dialog-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("discord-embed")).Not.ToBeVisibleAsync();
        await page.GetByTestId("notification-search").FillAsync("Arkham");
        await page.GetByTestId("notification-search").PressAsync("Tab");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/notifications\?q=Arkham$"));
        await Assertions.Expect(page.GetByTestId("notifications")).ToContainTextAsync("Arkham Outpost");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("notifications-desktop"), FullPage = true });

        await using var phone = await browser.NewPhoneContextAsync(Factory.BaseUrl);
        var small = await SignedInPageAsync(phone);
        await Assertions.Expect(small.GetByTestId("notifications")).ToContainTextAsync("Arkham Outpost");
        await small.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("notifications-phone"), FullPage = true });
    }

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/notifications");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("notifications-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }
}
