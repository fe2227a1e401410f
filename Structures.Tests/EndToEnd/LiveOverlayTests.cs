using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Structures.Tests.EndToEnd;

// The officer's picture follows a notification, not the next sync: the board, the structure page and the overview,
// open side by side, show a reinforcement and its timer as soon as the notification is stored, with no sync and no reload.
[Collection(BrowserTests.Name)]
public sealed class LiveOverlayTests(BrowserFixture browser, ITestOutputHelper output) : AppTest
{
    // Leaves a promise on the page of its wall clock when the element first holds the text (a MutationObserver).
    private const string Watch = """
        ([selector, text]) => { window.overlayShown = new Promise(resolve => {
          const shown = () => document.querySelector(selector)?.textContent.includes(text);
          if (shown()) { resolve(Date.now()); return; }
          const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(Date.now()); } });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }); }
        """;

    [Fact]
    public async Task Reinforcement_ShowsOnBoardStructurePageAndOverview_AsSoonAsTheNotificationIsStored()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var tower = await StructureIdAsync("Wayne Tower");

        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var board = await SearchedBoard.OpenAsync(context, 90000003, "Wayne Tower");
        await Assertions.Expect(board.GetByTestId($"name-{tower}")).ToContainTextAsync("Wayne Tower");
        var structure = await context.NewPageAsync();
        await structure.GotoAsync($"/structures/{tower}");
        await Assertions.Expect(structure.GetByTestId("structure-state")).ToContainTextAsync("shield vulnerable");
        var overview = await context.NewPageAsync();
        await overview.GotoAsync("/");
        await Assertions.Expect(overview.GetByTestId("overview")).ToBeVisibleAsync();
        await Assertions.Expect(overview.GetByTestId($"reinforced-source-{tower}")).ToHaveCountAsync(0);
        await board.EvaluateAsync(Watch, new object[] { $"[data-testid=overlay-{tower}]", "Reinforced" });
        await structure.EvaluateAsync(Watch, new object[] { "[data-testid=structure-state]", "Reinforced" });
        await overview.EvaluateAsync(Watch, new object[] { $"[data-testid=reinforced-source-{tower}]", "from a notification" });

        double storedAt = double.NaN;
        using var probe = Factory.Get<DashboardEvents>().Subscribe(change =>
        {
            if (change is StructuresChanged && double.IsNaN(storedAt))
            {
                storedAt = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
            }

            return Task.CompletedTask;
        });
        (await Http.PostAsJsonAsync($"/sim/control/structures/{tower}/reinforce", new { hours = 30 })).EnsureSuccessStatusCode();
        (await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default)).Added.Should().BeGreaterThan(0);

        await Assertions.Expect(board.GetByTestId($"overlay-{tower}")).ToContainTextAsync("Reinforced");
        await Assertions.Expect(board.GetByTestId($"overlay-{tower}")).ToContainTextAsync("timer ends");
        await Assertions.Expect(board.GetByTestId($"state-{tower}")).ToContainTextAsync("shield vulnerable");
        await Assertions.Expect(structure.GetByTestId("structure-state")).ToContainTextAsync("Reinforced");
        await Assertions.Expect(structure.GetByTestId("overlay-timer")).ToContainTextAsync("in 1d 5h (");
        await Assertions.Expect(structure.GetByTestId("overlay-provenance")).ToContainTextAsync("ESI confirms at the next sync");
        await Assertions.Expect(overview.GetByTestId($"reinforced-source-{tower}")).ToContainTextAsync("from a notification");
        await Assertions.Expect(overview.GetByTestId($"reinforced-left-{tower}")).ToContainTextAsync("1d 5h");
        foreach (var (name, page) in new[] { ("board", board), ("structure page", structure), ("overview", overview) })
        {
            var shownAt = await page.EvaluateAsync<double>("() => window.overlayShown");
            output.WriteLine($"{name}: notification stored to shown in {(shownAt - storedAt).ToString("0", CultureInfo.InvariantCulture)} ms");
        }

        await board.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-overlay-board"), FullPage = true });
        await structure.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-overlay-structure"), FullPage = true });
        await overview.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("live-overlay-overview"), FullPage = true });
    }
}
