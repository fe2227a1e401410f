using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Timers;
using Structures.Core.Webhooks;

namespace Structures.Tests.Infrastructure;

// An owner, a webhook of that owner pointing at the simulated Discord channel "alpha", and timers of that owner,
// written straight into the database, for tests of what Discord is told about timers.
public static class TestTimers
{
    public const long OwnerId = 98000001;

    public static async Task<int> AddWebhookAsync(DashboardFactory factory, string leadTimes = "", bool upcoming = false, string types = "StructureLostShields,StructureLostArmor")
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var owner = await db.Owners.SingleOrDefaultAsync(o => o.CorporationId == OwnerId)
            ?? db.Owners.Add(new Owner { CorporationId = OwnerId, CorporationName = "Wayne Enterprises" }).Entity;
        var webhook = new Webhook
        {
            Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = types, ReminderLeadTimes = leadTimes,
            PostsUpcomingTimers = upcoming, HasDefaultPingsEnabled = false, Owners = [owner],
        };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    }

    public static async Task<int> AddTimerAsync(DashboardFactory factory, DateTime endsAt, string structureName = "Arkham Outpost", TimerKind kind = TimerKind.Armor)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var timer = new StructureTimer
        {
            OwnerId = OwnerId, Kind = kind, Category = TimerCategory.Upwell, EndsAt = endsAt, StructureName = structureName,
        };
        db.StructureTimers.Add(timer);
        await db.SaveChangesAsync();
        return timer.Id;
    }
}
