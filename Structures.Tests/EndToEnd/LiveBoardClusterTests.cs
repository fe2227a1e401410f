using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Live;
using Structures.Core.Structures;
using Structures.Dashboard.Simulation;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// Two instances behind one address, as a load balancer shows them: an officer's board open on one follows a sync made
// by the other, without a reload.
[Collection(BrowserTests.Name)]
public sealed class LiveBoardClusterTests(BrowserFixture browser)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task OfficerSignedInOnB_SeesAStructureRenamedInEveAndSyncedByA_WithoutReload()
    {
        await using var hosts = new TwoHosts(new Dictionary<string, string?> { ["Simulation:CacheSeconds:corporation-structures"] = "0" });
        await hosts.B.Get<ClusterFeedListener>().Listening.WaitAsync(Patience);
        (await hosts.AddOwnerAsync(90000001)).Succeeded.Should().BeTrue();
        await SyncOnAAsync(hosts);
        long keepstar;
        await using (var db = await hosts.DbAsync())
        {
            keepstar = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        }

        await using var context = await browser.NewContextAsync(hosts.B.BaseUrl);
        var page = await context.NewPageAsync();
        var refused = BrowserFixture.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/auth/login?returnUrl=/structures");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitUntilLiveAsync();
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync("Wayne Tower");
        await Assertions.Expect(page.GetByTestId($"name-{keepstar}")).ToContainTextAsync("Wayne Tower");
        new Uri(page.Url).Authority.Should().Be(new Uri(hosts.B.BaseUrl).Authority, "the officer is on instance B");

        hosts.A.Get<SimWorld>().Change(all => all.Single(s => s.Id == keepstar).Name = "Wayne Tower Prime");
        await SyncOnAAsync(hosts);

        await Assertions.Expect(page.GetByTestId($"name-{keepstar}")).ToContainTextAsync("Wayne Tower Prime");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-board-across-instances"), FullPage = true });
        refused.Should().BeEmpty("EVE's login page on A sends the browser on to B's callback");
    }

    private static async Task SyncOnAAsync(TwoHosts hosts)
    {
        var synced = await hosts.A.Get<StructureSynchronizer>().SyncAsync(98000001, default);
        synced.Complete.Should().BeTrue(synced.Error);
    }
}
