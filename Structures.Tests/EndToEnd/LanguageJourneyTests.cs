using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// A signed-in officer switches the pages' language from the app bar: the page comes back in that language, the
// next page keeps it, and another choice replaces it, with no English left in the navigation.
[Collection(BrowserTests.Name)]
public sealed class LanguageJourneyTests(BrowserFixture browser) : AppTest
{
    private static readonly string[] EnglishNavigation = ["Overview", "Board", "Timers", "Fuel", "Notifications", "Owners"];

    [Fact]
    public async Task ChoosingGermanThenKorean_FromTheAppBar_TurnsThePagesIntoThatLanguage()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/timers");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upcoming timers (EVE time)" })).ToBeVisibleAsync();

        await ChooseAsync(page, "de");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/timers$"));
        await Assertions.Expect(page.GetByText("Anstehende Timer (EVE-Zeit)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-overview")).ToHaveTextAsync("Übersicht");
        await Assertions.Expect(page.GetByTestId("timer-feed")).ToContainTextAsync("Kalender-Feed");
        await Assertions.Expect(page.GetByTestId("sign-out")).ToHaveTextAsync("Abmelden");

        // A link clicked while the reloaded page still connects its circuit can be lost: clicked once it is live.
        await page.WaitUntilLiveAsync();
        await page.GetByTestId("nav-structures").ClickAsync();
        await Assertions.Expect(page.GetByTestId("board-tabs")).ToContainTextAsync("Alle");
        await Assertions.Expect(page.GetByTestId("structure-board")).ToContainTextAsync("Eigentümer");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("language-german-board"), FullPage = true });

        await ChooseAsync(page, "ko");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Assertions.Expect(page.GetByTestId("nav-overview")).ToHaveTextAsync("개요");
        await Assertions.Expect(page.GetByTestId("nav-timers")).ToHaveTextAsync("타이머");
        await Assertions.Expect(page.GetByTestId("board-tabs")).ToContainTextAsync("전체");
        var navigation = await page.GetByTestId("nav-drawer").InnerTextAsync();
        navigation.Should().NotContainAny(EnglishNavigation);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("language-korean-board"), FullPage = true });
    }

    // The menu opens once the page is interactive; the choice is a form post that loads the page again.
    private static async Task ChooseAsync(IPage page, string language)
    {
        await page.WaitUntilLiveAsync();
        await page.GetByTestId("language-menu").Locator("button").First.ClickAsync();
        await page.GetByTestId($"language-{language}").ClickAsync();
    }
}
