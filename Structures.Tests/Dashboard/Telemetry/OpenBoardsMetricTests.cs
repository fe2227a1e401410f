using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Playwright;
using Structures.Core.Telemetry;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Telemetry;

[Collection(BrowserTests.Name)]
public sealed class OpenBoardsMetricTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task LivePages_CountTheBoardWhileItIsOpen_AndNotOnceItIsLeft()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        using var pages = new MetricCollector<int>(Factory.Get<IMeterFactory>(), StructuresTelemetry.Name, "structures.live.pages");
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login?returnUrl=/characters");
        await page.GetByTestId("sso-character-90000003").ClickAsync();
        await page.GetByTestId("characters").WaitForAsync();
        var before = Read(pages);

        // A link clicked while the page still connects its circuit can be lost: clicked once it is live.
        await page.WaitUntilLiveAsync();
        await page.GetByTestId("nav-structures").ClickAsync();
        await page.GetByTestId("board-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var open = Read(pages);
        // Leaving the board inside the same circuit disposes it before the next page is shown.
        await page.GetByTestId("signed-in-character").ClickAsync();
        await page.GetByTestId("characters").WaitForAsync();
        var left = Read(pages);

        open.Should().Be(before + 1);
        left.Should().Be(before);
    }

    private static int Read(MetricCollector<int> pages)
    {
        pages.RecordObservableInstruments();
        return pages.LastMeasurement!.Value;
    }
}
