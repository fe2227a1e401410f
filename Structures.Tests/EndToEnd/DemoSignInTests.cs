using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class DemoSignInTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task Visitor_SignsInThroughSimulatedSso_AndSeesTheirCharacter()
    {
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();

        var refused = BrowserFixture.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        // The circuit replaces the prerendered page as it connects, and a click on the replaced button can be lost:
        // clicked once the page is live.
        await page.WaitUntilLiveAsync();
        await page.GetByTestId("home-sign-in").ClickAsync();
        await page.GetByTestId("sso-character-90000004").ClickAsync();

        await Assertions.Expect(page.GetByTestId("character-name")).ToHaveTextAsync("Selina Kyle");
        await Assertions.Expect(page.GetByTestId("signed-in-character")).ToHaveTextAsync("Selina Kyle");
        (await page.GetByTestId("character-portrait").GetAttributeAsync("src")).Should().Contain("/sim/images/characters/90000004/portrait");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("demo-sign-in"), FullPage = true });
        refused.Should().BeEmpty("the app works under its Content-Security-Policy");
    }

    [Fact]
    public async Task Visitor_WhoCancelsSso_IsToldNothingChanged()
    {
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/auth/login");
        await page.GetByTestId("sso-cancel").ClickAsync();

        await Assertions.Expect(page.GetByTestId("signin-message")).ToContainTextAsync("cancelled");
        await Assertions.Expect(page.GetByTestId("home-sign-in")).ToBeVisibleAsync();
    }
}
