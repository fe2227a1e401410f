using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Data;
using Structures.Core.Timers.Announcements;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

// The app restarted on the same database: a new host, the same fake clock.
public sealed class TimerAnnouncerRestartTests
{
    [Fact]
    public async Task SendDueReminders_AfterARestart_RepeatsNothing_AndSendsTheNextLeadTime()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var end = clock.GetUtcNow().UtcDateTime.AddMinutes(50);
        int webhookId;
        await using (var before = new DashboardFactory(clock: clock, folder: folder))
        {
            webhookId = await TestTimers.AddWebhookAsync(before, leadTimes: "60,15");
            await TestTimers.AddTimerAsync(before, end);
            (await before.Get<TimerAnnouncer>().SendDueRemindersAsync(default)).Should().Be(1);
            await before.Get<WebhookDispatcher>().DrainAsync(webhookId, default);
            before.Get<SimDiscordChannel>().Messages("alpha").Should().ContainSingle();
        }

        await using var after = new DashboardFactory(clock: clock, folder: folder);
        await TestWebhooks.RepointAsync(after, webhookId);
        var reminders = after.Get<TimerAnnouncer>();
        var again = await reminders.SendDueRemindersAsync(default);
        clock.Advance(TimeSpan.FromMinutes(35));
        var next = await reminders.SendDueRemindersAsync(default);
        await after.Get<WebhookDispatcher>().DrainAsync(webhookId, default);

        again.Should().Be(0, "the 60-minute reminder was recorded with its message");
        next.Should().Be(1);
        after.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Embeds.Single().GetProperty("title").GetString()).Should().Equal("Armor timer in 15m");
        await using var db = await after.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.Set<TimerReminder>().Select(r => r.LeadMinutes).OrderBy(m => m).ToListAsync()).Should().Equal(15, 60);
        (await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Sent)).Should().Be(2);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SendDueReminders_AppDownUntilTheTimerEnded_SkipsTheMissedReminders()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using (var before = new DashboardFactory(clock: clock, folder: folder))
        {
            await TestTimers.AddWebhookAsync(before, leadTimes: "60,15");
            await TestTimers.AddTimerAsync(before, clock.GetUtcNow().UtcDateTime.AddMinutes(90));
            (await before.Get<TimerAnnouncer>().SendDueRemindersAsync(default)).Should().Be(0);
        }

        clock.Advance(TimeSpan.FromMinutes(91));
        await using var after = new DashboardFactory(clock: clock, folder: folder);

        (await after.Get<TimerAnnouncer>().SendDueRemindersAsync(default)).Should().Be(0);
        await using var db = await after.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.CountAsync()).Should().Be(0);
        Directory.Delete(folder, recursive: true);
    }
}
