using Microsoft.EntityFrameworkCore;
using Structures.Core.Timers;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Alerts;

// A reinforced starbase seen by the sync is told and timed; how it is timed depends on the timer settings.
public abstract class StarbaseReinforcedTimerTests(string setting, string value) : AppTest(new Dictionary<string, string?> { [setting] = value }, fakeClock: true)
{
    protected async Task<List<StructureTimer>> SyncReinforcedStarbaseAsync()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true, NotificationTypes = "TowerReinforcedExtra" });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await DeliverAllAsync();

        Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString()).Should().Equal("Starbase reinforced");
        await using var check = await DbAsync();
        return await check.StructureTimers.ToListAsync();
    }
}
