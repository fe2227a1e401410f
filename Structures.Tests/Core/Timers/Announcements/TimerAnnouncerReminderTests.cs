using Microsoft.EntityFrameworkCore;
using Structures.Core.Timers.Announcements;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class TimerAnnouncerReminderTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task SendDueReminders_EachLeadTime_ReachesDiscordOnce()
    {
        await TestTimers.AddWebhookAsync(Factory, leadTimes: "60,15");
        var end = Clock.GetUtcNow().UtcDateTime.AddHours(2);
        await TestTimers.AddTimerAsync(Factory, end);
        var reminders = Factory.Get<TimerAnnouncer>();

        var counts = new List<int> { await reminders.SendDueRemindersAsync(default) };
        for (var halfMinutes = 1; halfMinutes <= 2 * 60 * 2 + 4; halfMinutes++)
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            counts.Add(await reminders.SendDueRemindersAsync(default));
            await DeliverAllAsync();
        }

        counts.Sum().Should().Be(2);
        var titles = Factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Embeds.Single().GetProperty("title").GetString());
        titles.Should().Equal("Armor timer in 1h 0m", "Armor timer in 15m");
    }

    [Fact]
    public async Task SendDueReminders_QueuesTheMessageWithItsRecord_ForTheWebhookOnly()
    {
        var webhookId = await TestTimers.AddWebhookAsync(Factory, leadTimes: "15");
        var timerId = await TestTimers.AddTimerAsync(Factory, Clock.GetUtcNow().UtcDateTime.AddMinutes(10));

        var sent = await Factory.Get<TimerAnnouncer>().SendDueRemindersAsync(default);

        sent.Should().Be(1);
        await using var db = await DbAsync();
        var record = await db.Set<TimerReminder>().SingleAsync();
        (record.TimerId, record.WebhookId, record.LeadMinutes).Should().Be((timerId, webhookId, 15));
        (await db.QueuedMessages.SingleAsync()).Payload.Should().Contain("Armor timer in 10m");
    }

    [Fact]
    public async Task SendDueReminders_TimerOfAKindTheWebhookDoesNotForward_IsNotReminded()
    {
        await TestTimers.AddWebhookAsync(Factory, leadTimes: "15", types: "MoonminingExtractionStarted");
        await TestTimers.AddTimerAsync(Factory, Clock.GetUtcNow().UtcDateTime.AddMinutes(10));

        (await Factory.Get<TimerAnnouncer>().SendDueRemindersAsync(default)).Should().Be(0);
    }
}
