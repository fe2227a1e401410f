using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Access;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class OwnerOnboardingTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task Director_AddsTheirCorporation_ThroughSso_AndSeesItsStructuresAppear()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Alliance, 99000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/owners");
        await page.GetByTestId("sso-character-90000004").ClickAsync();

        await page.WaitUntilLiveAsync();
        await page.GetByTestId("add-owner").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sso-scopes")).ToContainTextAsync("esi-corporations.read_structures.v1");
        await page.GetByTestId("sso-character-90000004").ClickAsync();

        await Assertions.Expect(page.GetByTestId("owner-result")).ToHaveTextAsync("Wayne Foods was added as a structure owner. Its first sync starts now.");
        await Assertions.Expect(page.GetByTestId("signed-in-character")).ToHaveTextAsync("Selina Kyle");
        await Assertions.Expect(page.GetByTestId("owner-98000002")).ToHaveTextAsync("Wayne Foods");
        await page.GotoAsync("/structures");
        await Assertions.Expect(page.GetByText("Kitchen")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("owner-onboarding"), FullPage = true });
        await using var db = await DbAsync();
        (await db.OwnerCharacters.SingleAsync()).CharacterName.Should().Be("Selina Kyle");
    }

    [Fact]
    public async Task PlainMember_IsToldTheyAreNotADirector_AndNothingIsAdded()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Alliance, 99000001);
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/owners");
        await page.GetByTestId("sso-character-90000005").ClickAsync();

        await page.WaitUntilLiveAsync();
        await page.GetByTestId("add-owner").ClickAsync();
        await page.GetByTestId("sso-character-90000005").ClickAsync();

        await Assertions.Expect(page.GetByTestId("owner-result")).ToContainTextAsync("is not a director");
        await using var db = await DbAsync();
        (await db.Owners.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task AddingAnOwner_NeedsASignedInUser()
    {
        using var response = await Http.GetAsync("/owners/add");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/auth/login");
    }
}
