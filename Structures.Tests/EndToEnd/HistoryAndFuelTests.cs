using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class HistoryAndFuelTests(BrowserFixture browser) : AppTest
{
    [Fact]
    public async Task Officer_ReadsAStructuresAttackHistory_ThenTheFuelPicture()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        long tower;
        await using (var db = await DbAsync())
        {
            tower = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
            var earlier = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-20);
            earlier = new DateTime(earlier.Ticks - (earlier.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            db.Notifications.Add(new Notification
            {
                OwnerId = 98000001, NotificationId = 1, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = earlier,
                Text = $"structureID: {tower}\ncharID: 90000006\ncorpName: Bad Company\ncorpLinkData:\n- showinfo\n- 2\n- 98000003\nshieldPercentage: 80.0\narmorPercentage: 100.0\nhullPercentage: 100.0\n",
                ContentKey = "earlier-attack", IsKnownType = true, ReceivedAt = earlier, StructureId = tower,
            });
            await db.SaveChangesAsync();
        }

        (await Http.PostAsync($"/sim/control/structures/{tower}/attack", null)).EnsureSuccessStatusCode();
        (await Http.PostAsync($"/sim/control/structures/{tower}/reinforce", System.Net.Http.Json.JsonContent.Create(new { hours = 30 }))).EnsureSuccessStatusCode();
        await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default);

        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        var refused = BrowserFixture.WatchContentSecurityPolicy(page);
        await page.GotoAsync($"/auth/login?returnUrl=/structures/{tower}");
        await page.GetByTestId("sso-character-90000003").ClickAsync();

        var history = page.GetByTestId("structure-history");
        await Assertions.Expect(history).ToContainTextAsync("Shields lost: armor timer");
        await Assertions.Expect(history.GetByTestId("history-event")).ToHaveCountAsync(3);
        await Assertions.Expect(history.GetByTestId("history-chart")).ToBeVisibleAsync();
        await Assertions.Expect(history.Locator("a[href='https://zkillboard.com/corporation/98000003/']").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("structure-history"), FullPage = true });

        await page.GetByTestId("nav-fuel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("fuel-fleet")).ToContainTextAsync("Starbase fuel blocks");
        await Assertions.Expect(page.GetByTestId("fuel-fleet")).ToContainTextAsync("Magmatic gas");
        await Assertions.Expect(page.GetByTestId("fuel-by-owner")).ToContainTextAsync("Wayne Technologies");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("fuel"), FullPage = true });
        refused.Should().BeEmpty("the app works under its Content-Security-Policy");
    }
}
