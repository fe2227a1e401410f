using Microsoft.Playwright;
using Structures.Core.Live;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// A board open on one instance follows a sync made by the other, without a reload.
[Collection(BrowserTests.Name)]
public sealed class LiveBoardClusterTests(BrowserFixture browser)
{
    [Fact(Skip = "Unfinished: the board on instance B never becomes interactive in Chromium (board-ready stays absent); the feed itself is covered by LiveFeedClusterTests")]
    public async Task BoardOpenOnB_ShowsWhatASynced_WithoutReload()
    {
        await using var hosts = new TwoHosts();
        await hosts.B.Get<ClusterFeedListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        await hosts.AddOwnerAsync(90000001);
        await using var context = await browser.NewContextAsync(hosts.B.BaseUrl);
        var page = await context.NewPageAsync();
        await context.AddCookiesAsync(await SignedInCookiesAsync(hosts.B, 90000003));
        await page.GotoAsync("/structures");
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.GetByText("Wayne Tower")).ToHaveCountAsync(0);

        var synced = await hosts.A.Get<StructureSynchronizer>().SyncAsync(98000001, default);

        synced.Complete.Should().BeTrue(synced.Error);
        await Assertions.Expect(page.GetByText("Wayne Tower")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-board-across-instances"), FullPage = true });
    }

    // Signs in on the host over HTTP (the simulated SSO page lives on the other instance, whose form may not send a
    // browser to a second origin) and hands the session cookie to the browser.
    private static async Task<IEnumerable<Cookie>> SignedInCookiesAsync(DashboardFactory host, long characterId)
    {
        var jar = new System.Net.CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = new Uri(host.BaseUrl) };
        await AppTest.SsoRoundTripAsync(http, "/auth/login?returnUrl=/", characterId);
        return jar.GetCookies(new Uri(host.BaseUrl)).Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = host.BaseUrl }).ToList();
    }
}
