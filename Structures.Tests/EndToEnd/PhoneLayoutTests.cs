using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser) : AppTest
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task OfficerOnAPhone_FindsTheNextTimer_OnTheOverview_AndThroughTheDrawer()
    {
        var applied = await WayneWithAppliedSciencesReinforcedAsync();
        await using var context = await browser.NewPhoneContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/");
        await page.GetByTestId("sso-character-90000003").ClickAsync();

        await Assertions.Expect(page.GetByTestId("overview-timers").GetByRole(AriaRole.Link, new() { Name = "Applied Sciences" })).ToHaveAttributeAsync("href", $"/structures/{applied}");
        await Assertions.Expect(page.GetByTestId("nav-timers")).Not.ToBeInViewportAsync();
        (await page.FitsTheScreenAsync()).Should().BeTrue("the overview does not scroll sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("overview-phone"), FullPage = true });

        // The responsive drawer learns the screen's width from the browser after the page turns interactive; a click
        // before that would be undone by its own closing.
        await page.WaitUntilLiveAsync();
        await page.Locator("[data-testid=nav-drawer].mud-drawer--closed").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId("nav-menu").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-timers")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("drawer-phone") });
        await page.GetByTestId("nav-timers").ClickAsync();

        await page.WaitForURLAsync("**/timers");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Applied Sciences");
        await Assertions.Expect(page.GetByTestId("nav-timers")).Not.ToBeInViewportAsync();
        (await page.FitsTheScreenAsync()).Should().BeTrue("the timers page does not scroll sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timers-phone"), FullPage = true });
    }

    [Fact]
    public async Task BoardOnAPhone_ShowsCards_SearchesAndOpensAStructure_WithoutScrollingSideways()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await using var context = await browser.NewPhoneContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync("Wayne Tower");
        var card = page.GetByTestId("structure-board").Locator("tbody tr").First;
        await Assertions.Expect(card).ToContainTextAsync("Wayne Tower");
        await Assertions.Expect(card.Locator("[data-testid^=fuel-]")).ToHaveAttributeAsync("data-label", "Fuel");
        (await page.FitsTheScreenAsync()).Should().BeTrue("the board does not scroll sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("board-phone"), FullPage = true });
        await card.GetByRole(AriaRole.Link, new() { Name = "Wayne Tower" }).ClickAsync();

        await page.WaitForURLAsync("**/structures/*");
        (await page.FitsTheScreenAsync()).Should().BeTrue("the structure page does not scroll sideways on a phone");
    }

    [Fact]
    public async Task OverviewOnADesktop_ShowsEverySection_AndANewTimerLive()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync("/auth/login?returnUrl=/");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await Assertions.Expect(page.GetByTestId("overview-reinforced")).ToContainTextAsync("Arkham Outpost");
        await Assertions.Expect(page.GetByTestId("overview-fuel")).ToContainTextAsync("Batcave");
        await Assertions.Expect(page.GetByTestId("overview-timers")).ToContainTextAsync("Arkham Outpost");
        await Assertions.Expect(page.GetByTestId("overview-timers")).Not.ToContainTextAsync("Applied Sciences");
        await Assertions.Expect(page.GetByTestId("nav-timers")).ToBeInViewportAsync();

        await ReinforceAppliedSciencesAsync();

        await Assertions.Expect(page.GetByTestId("overview-timers")).ToContainTextAsync("Applied Sciences");
        await Assertions.Expect(page.GetByTestId("overview-notifications")).ToContainTextAsync("Applied Sciences");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("overview-desktop"), FullPage = true });
        await page.GetByTestId("nav-structures").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("board-desktop"), FullPage = true });
        await page.GetByTestId("nav-timers").ClickAsync();
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("Applied Sciences");
        await Assertions.Expect(page.GetByTestId("timers")).ToContainTextAsync("from the last sync");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timers-desktop"), FullPage = true });
    }

    private async Task<long> WayneWithAppliedSciencesReinforcedAsync()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        return await ReinforceAppliedSciencesAsync();
    }

    // The simulated EVE reinforces Applied Sciences (not reinforced at the sync) for 30 hours and the notification is
    // fetched: a timer within 48 hours. Arkham Outpost was reinforced already at the sync: its timer is on the page from the start.
    private async Task<long> ReinforceAppliedSciencesAsync()
    {
        await using var db = await DbAsync();
        var applied = await db.Structures.Where(s => s.Name == "Applied Sciences").Select(s => s.Id).SingleAsync();
        using var reinforced = await Http.PostAsJsonAsync($"/sim/control/structures/{applied}/reinforce", new { hours = 30 });
        reinforced.EnsureSuccessStatusCode();
        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        fetched.Should().Be(new NotificationFetchResult(1, null));
        return applied;
    }
}
