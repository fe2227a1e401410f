using System.Net.Http.Json;
using Microsoft.Playwright;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class TimerboardTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task ReinforcementNotification_ShowsUpOnTheTimerboard_WithItsCountdown()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/timers");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Wayne POS Beta");
        await Assertions.Expect(page.GetByText("Arkham Outpost")).Not.ToBeVisibleAsync();

        var world = await Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/sim/control/world");
        var arkham = world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("name").GetString() == "Arkham Outpost").GetProperty("id").GetInt64();
        await Http.PostAsJsonAsync($"/sim/control/structures/{arkham}/reinforce", new { hours = 30 });
        await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default);

        await Assertions.Expect(page.GetByText("Arkham Outpost")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("1-PGSG");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timerboard"), FullPage = true });
    }
}
