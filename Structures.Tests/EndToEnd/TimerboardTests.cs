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
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/auth/login?returnUrl=/timers");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        var world = await Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/sim/control/world");
        var applied = world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("name").GetString() == "Applied Sciences").GetProperty("id").GetInt64();
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Wayne POS Beta");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Arkham Outpost");
        await Assertions.Expect(page.GetByText("Applied Sciences")).Not.ToBeVisibleAsync();

        await Http.PostAsJsonAsync($"/sim/control/structures/{applied}/reinforce", new { hours = 30 });
        await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default);

        await Assertions.Expect(page.GetByText("Applied Sciences")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("1-PGSG");
        await Assertions.Expect(page.GetByTestId("eve-clock")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^EVE \d\d:\d\d$"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timerboard"), FullPage = true });

        var copy = page.Locator("tr", new PageLocatorOptions { HasText = "Applied Sciences" }).Locator("[data-testid^=timer-copy-]");
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToContainTextAsync("Copied");
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().MatchRegex(@"^\[Armor\] 1-PGSG – Applied Sciences \(Raitaru\) – \d{4}\.\d\d\.\d\d \d\d:\d\d EVE$");
    }

    [Fact]
    public async Task AUserWithThePermission_EntersAHostileTimer_AndSeesItOnTheTimerboard()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await GrantAsync(Structures.Core.Access.Permission.AddManualTimers, Structures.Core.Access.GranteeKind.Character, 90000003);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/timers");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("timers-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.GetByText("Enter a timer").ClickAsync();
        await page.GetByTestId("manual-timer-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Hull" }).ClickAsync();
        await page.GetByTestId("manual-timer-system").FillAsync("1-PGSG");
        await page.GetByTestId("manual-timer-name").FillAsync("Hostile Fortizar");
        await page.GetByTestId("manual-timer-type").FillAsync("Fortizar");
        await page.GetByTestId("manual-timer-ends").FillAsync("in 1d 2h 3m");
        await page.GetByTestId("manual-timer-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("manual-timer-result")).ToContainTextAsync("Timer added: Hull in 1-PGSG");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Hostile Fortizar");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("entered by Alfred Pennyworth");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("1d 2h");

        await page.GetByTestId("timer-feed-create").ClickAsync();
        var feed = new Uri(await page.GetByTestId("timer-feed-url").InputValueAsync()).PathAndQuery;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timerboard-manual-timer"), FullPage = true });
        (await Http.GetStringAsync(feed)).Should().Contain("SUMMARY:[Hull] 1-PGSG – Hostile Fortizar (Fortizar)");
        await page.GetByTestId("timer-feed-revoke").ClickAsync();
        await Assertions.Expect(page.GetByTestId("timer-feed-revoke")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("timer-feed-create")).ToHaveTextAsync("Make my feed address");
        (await Http.GetAsync(feed)).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
