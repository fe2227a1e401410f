using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed partial class LiveBoardTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?>
{
    ["Simulation:CacheSeconds:corporation-structures"] = "0",
})
{
    [Fact]
    public async Task Officer_SeesFuelAndStateChangeLive_WithoutReloading()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        long keepstar;
        await using (var db = await DbAsync())
        {
            keepstar = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        }

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
