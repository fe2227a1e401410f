using Microsoft.Playwright;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// An admin on a phone reaches every settings section from the row of sections on top, without scrolling sideways.
[Collection(BrowserTests.Name)]
public sealed class SettingsOnAPhoneTests(BrowserFixture browser)
    : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task AdminOnAPhone_SeesEverySettingsSection_AndTheSettingsPagesDoNotScrollSideways()
    {
        await using var context = await browser.NewPhoneContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/settings/webhooks");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("webhooks-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        var sections = page.GetByTestId("settings-tabs").GetByRole(AriaRole.Link);
        await Assertions.Expect(sections).ToHaveCountAsync(6);
        foreach (var section in await sections.AllAsync())
        {
            await Assertions.Expect(section).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        }

        (await page.FitsTheScreenAsync()).Should().BeTrue("the webhooks page does not scroll sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("settings-phone"), FullPage = true });
        await sections.Last.ClickAsync();

        await page.WaitForURLAsync("**/settings/data");
        (await page.FitsTheScreenAsync()).Should().BeTrue("the data page does not scroll sideways on a phone");
    }
}
