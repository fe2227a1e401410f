using Microsoft.EntityFrameworkCore;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class StarbaseReinforcedTimerDisabledTests() : AppTest(new Dictionary<string, string?> { ["Structures:Timers:Enabled"] = "false" }, fakeClock: true)
{
    [Fact]
    public async Task Sync_ReinforcedStarbase_IsToldAndTimedAsTheTimerSettingsSay()
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
        var timers = await check.StructureTimers.ToListAsync();
        timers.Should().BeEmpty("timers are switched off, as for the ones from notifications");
    }
}
