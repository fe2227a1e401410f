using Microsoft.Playwright;
using Structures.Core.Live;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// A board open on one instance follows a sync made by the other, without a reload.
[Collection(BrowserTests.Name)]
public sealed class LiveBoardClusterTests(BrowserFixture browser)
{
    [Fact]
    public async Task BoardOpenOnB_ShowsWhatASynced_WithoutReload()
    {
        await using var hosts = new TwoHosts();
        await hosts.B.Get<ClusterFeedListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        await hosts.AddOwnerAsync(90000001);
        await using var context = await browser.NewContextAsync(hosts.B.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.GetByText("Wayne Tower")).ToHaveCountAsync(0);

        var synced = await hosts.A.Get<StructureSynchronizer>().SyncAsync(98000001, default);

        synced.Complete.Should().BeTrue(synced.Error);
        await Assertions.Expect(page.GetByText("Wayne Tower")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-board-across-instances"), FullPage = true });
    }
}
