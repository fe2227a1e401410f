using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Webhooks;

namespace Structures.Tests.Infrastructure;

// A webhook pointing at the simulated Discord channel "alpha", and messages queued for it without a signal.
public static class TestWebhooks
{
    public static async Task<int> AddAsync(DashboardFactory factory)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var webhook = new Webhook { Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token" };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    }

    // Messages "message 1" to "message {count}", each a post of its own.
    public static async Task QueueAsync(DashboardFactory factory, int webhookId, int count)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        for (var i = 1; i <= count; i++)
        {
            factory.Get<WebhookOutbox>().Enqueue(db, webhookId, new DiscordMessage { Content = $"message {i}" });
        }

        await db.SaveChangesAsync();
    }

    // A restarted app listens on a new port; the webhook follows it, as a real one keeps Discord's address.
    public static async Task RepointAsync(DashboardFactory factory, int webhookId)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        await db.Webhooks.Where(w => w.Id == webhookId).ExecuteUpdateAsync(w => w.SetProperty(x => x.Url, $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token"));
    }
}
