using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Timers.Announcements;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class TimerReminderJourneyTests(BrowserFixture browser)
    : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" }, fakeClock: true)
{
    [Fact]
    public async Task Admin_SetsRemindersOnAWebhook_AndTheReminderAndTheUpcomingListShowInTheDemoDiscord()
    {
        var webhookId = await TestTimers.AddWebhookAsync(Factory);
        var now = Clock.GetUtcNow().UtcDateTime;
        await TestTimers.AddTimerAsync(Factory, now.AddMinutes(62), "Arkham Outpost");
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/auth/login?returnUrl=/settings/webhooks/{webhookId}");
        await page.GetByTestId("sso-character-90000001").ClickAsync();
        await page.GetByTestId("webhook-form-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.GetByTestId("webhook-field-reminders").FillAsync("60, 15, 2w");
        await Assertions.Expect(page.GetByText("\"2w\" is not a lead time")).ToBeVisibleAsync();
        await page.GetByTestId("webhook-field-reminders").FillAsync("60, 15");
        await page.GetByText("Keep an \"upcoming timers\" message in the channel").ClickAsync();
        await page.GetByTestId("webhook-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhook-result")).ToHaveTextAsync("Webhook alpha saved.");
        await using (var db = await DbAsync())
        {
            var webhook = await db.Webhooks.SingleAsync(w => w.Id == webhookId);
            (webhook.ReminderLeadTimes, webhook.PostsUpcomingTimers).Should().Be(("60,15", true));
        }

        (await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default)).Should().Be(1);
        await DeliverAllAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));
        (await Factory.Get<TimerAnnouncer>().SendDueRemindersAsync(default)).Should().Be(1);
        await TestTimers.AddTimerAsync(Factory, now.AddHours(5), "Gotham Keepstar");
        (await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default)).Should().Be(1);
        await DeliverAllAsync();

        await page.GotoAsync("/demo/discord");
        var messages = page.GetByTestId("discord-message");
        await Assertions.Expect(messages).ToHaveCountAsync(2);
        await Assertions.Expect(messages.Nth(0)).ToContainTextAsync("Upcoming timers, next 48 hours");
        await Assertions.Expect(messages.Nth(0)).ToContainTextAsync("Gotham Keepstar");
        await Assertions.Expect(messages.Nth(0).GetByTestId("discord-edited")).ToBeVisibleAsync();
        await Assertions.Expect(messages.Nth(1)).ToContainTextAsync("Armor timer in 1h 0m");
        await Assertions.Expect(messages.Nth(1)).ToContainTextAsync("Arkham Outpost");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("timer-reminders"), FullPage = true });
    }
}
