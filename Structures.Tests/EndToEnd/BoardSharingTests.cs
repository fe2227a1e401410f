using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class BoardSharingTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task AFilteredBoard_CopiedFromTheAddressBar_OpensTheSameInANewPage()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        var refused = BrowserFixture.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("board-desktop-1080p") });
        var rowsInView = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('[data-testid=structure-board] tbody tr')].filter(r => r.getBoundingClientRect().bottom <= window.innerHeight).length");
        rowsInView.Should().BeGreaterThanOrEqualTo(14, "compact rows put about fifteen above the fold on a 1080p screen");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Starbases") }).ClickAsync();
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync("wayne pos");
        await page.GetByTestId("sort-Name").ClickAsync();
        await page.GetByTestId("sort-Name").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/structures\\?tab=Starbase&q=wayne%20pos&sort=Name&desc=true$"));
        var shared = page.Url;

        var opened = await context.NewPageAsync();
        await opened.GotoAsync(shared);
        await opened.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await Assertions.Expect(opened.GetByPlaceholder("Search name, system, owner, tag")).ToHaveValueAsync("wayne pos");
        await Assertions.Expect(opened.GetByRole(AriaRole.Tab, new() { Selected = true })).ToContainTextAsync("Starbases (3)");
        var names = opened.GetByTestId("structure-board").Locator("td[data-testid^=name-] a");
        await Assertions.Expect(names).ToHaveTextAsync(["Wayne POS Gamma", "Wayne POS Beta", "Wayne POS Alpha"]);
        await opened.GetByTestId("chip-Reinforced").ClickAsync();
        await Assertions.Expect(opened).ToHaveURLAsync(new Regex("chips=Reinforced"));
        await Assertions.Expect(names).ToHaveTextAsync(["Wayne POS Beta"]);
        await opened.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("board-shared-filter"), FullPage = true });
        refused.Should().BeEmpty("the board works under its Content-Security-Policy");
    }
}
