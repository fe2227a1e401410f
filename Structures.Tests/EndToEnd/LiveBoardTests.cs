using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed partial class LiveBoardTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?>
{
    ["Simulation:CacheSeconds:corporation-structures"] = "0",
    ["Simulation:CacheSeconds:character-notifications"] = "0",
})
{
    [Fact]
    public async Task Officer_SeesFuelAndStateChangeLive_WithoutReloading()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var keepstar = await StructureIdAsync("Wayne Tower");

        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        var refused = BrowserFixture.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync("Wayne Tower");
        await Assertions.Expect(page.GetByTestId($"name-{keepstar}")).ToContainTextAsync("Wayne Tower");
        await Assertions.Expect(page.GetByTestId($"fuel-{keepstar}")).ToContainTextAsync(FortyTwoDays());

        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/fuel", new { hours = 5 });
        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/reinforce", new { hours = 20 });
        await SyncAsync(98000001);

        await Assertions.Expect(page.GetByTestId($"fuel-{keepstar}")).ToContainTextAsync(FiveHours());
        await Assertions.Expect(page.GetByTestId($"state-{keepstar}")).ToContainTextAsync("armor reinforce");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-board"), FullPage = true });
        refused.Should().BeEmpty("the app works under its Content-Security-Policy");
    }

    // Renames redraw only the renamed line (ShownRows); a reinforcement and then an attack, fetched after them, change
    // the row's look and redraw the table: each must still show.
    [Fact]
    public async Task Board_AfterRenamesDrawnInPlace_ShowsAReinforcementAndThenAnAttack()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var tower = await StructureIdAsync("Wayne Tower");

        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await SearchedBoard.OpenAsync(context, 90000003, "Wayne Tower");
        await Assertions.Expect(page.GetByTestId($"name-{tower}")).ToContainTextAsync("Wayne Tower");
        foreach (var n in Enumerable.Range(1, 3))
        {
            Factory.Get<Structures.Dashboard.Simulation.SimWorld>().Change(all => all.Single(s => s.Id == tower).Name = $"Wayne Tower {n}");
            await SyncAsync(98000001);
            await Assertions.Expect(page.GetByTestId($"name-{tower}")).ToContainTextAsync($"Wayne Tower {n}");
        }

        foreach (var (action, badge) in new[] { ("reinforce", "Reinforced"), ("attack", "Under attack") })
        {
            (await Http.PostAsJsonAsync($"/sim/control/structures/{tower}/{action}", new { hours = 30 })).EnsureSuccessStatusCode();
            (await Factory.Get<Structures.Core.Notifications.NotificationFetcher>().FetchAsync(98000001, default)).Added.Should().BeGreaterThan(0);
            await Assertions.Expect(page.GetByTestId($"overlay-{tower}")).ToContainTextAsync(badge);
        }

        await Assertions.Expect(page.GetByTestId($"name-{tower}")).ToContainTextAsync("Wayne Tower 3");
    }

    [Fact]
    public async Task Board_HasATabPerKindWithCounts_AndASearch()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000001").ClickAsync();

        await Assertions.Expect(page.GetByText("Upwell (11)")).ToBeVisibleAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByText("Starbases (3)").ClickAsync();
        await Assertions.Expect(page.GetByText("Wayne POS Alpha")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Wayne Tower")).ToHaveCountAsync(0);
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync("gamma");

        await Assertions.Expect(page.GetByText("Wayne POS Gamma")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Wayne POS Alpha")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("board-tabs-search"), FullPage = true });
    }

    [GeneratedRegex(@"(41d 23h|42d 0h)")]
    private static partial Regex FortyTwoDays();

    [GeneratedRegex(@"(4h 59m|5h 0m)")]
    private static partial Regex FiveHours();
}
