using Microsoft.Playwright;

namespace Structures.Tests.EndToEnd;

// The board in a new page of the context, signed in through the simulated SSO as the character and searched down to
// what a test watches.
internal static class SearchedBoard
{
    public static async Task<IPage> OpenAsync(IBrowserContext context, long characterId, string search)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId($"sso-character-{characterId}").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync(search);
        return page;
    }
}
