using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Eve;
using Structures.Core.Live;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// A re-sync that finds nothing new in EVE changes no structure row but the time it was last updated: the open
// structure page follows its owner's status and shows that time, without a reload.
[Collection(BrowserTests.Name)]
public sealed class StructurePageLiveTests(BrowserFixture browser)
    : AppTest(new Dictionary<string, string?> { ["Simulation:CacheScale"] = "0.01" }, fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task OpenStructurePage_AfterAResyncThatFoundNothingNew_ShowsTheNewLastUpdatedTime()
    {
        await AddOwnerAsync(90000001);
        (await SyncAsync(Wayne)).Complete.Should().BeTrue();
        var firstSync = Clock.GetUtcNow().UtcDateTime;
        long keepstar;
        await using (var db = await DbAsync())
        {
            keepstar = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        }

        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/auth/login?returnUrl=/structures/{keepstar}");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.WaitUntilLiveAsync();
        var lastUpdated = page.GetByTestId("structure-last-updated");
        await Assertions.Expect(lastUpdated).ToContainTextAsync(EveTimeText.Date(firstSync));

        var published = new List<DashboardEvent>();
        using var watching = Factory.Get<DashboardEvents>().Subscribe(change =>
        {
            lock (published)
            {
                published.Add(change);
            }

            return Task.CompletedTask;
        });
        Clock.Advance(TimeSpan.FromMinutes(10));
        (await SyncAsync(Wayne)).Complete.Should().BeTrue();

        await Assertions.Expect(lastUpdated).ToContainTextAsync(EveTimeText.Date(Clock.GetUtcNow().UtcDateTime));
        lock (published)
        {
            published.Should().Contain(new OwnerStatusChanged(Wayne, StructuresUnchanged: true))
                .And.NotContain(change => change is StructuresChanged, "the re-sync found nothing new, so only the owner's status told the page");
        }
    }
}
