using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Tests.Benchmarks.Soak;

namespace Structures.Tests.Benchmarks.Cluster;

// The drain the failover interrupts: webhooks of the simulated Discord, each with a backlog queued straight into the
// shared outbox (the instances find it at their next sweep). Each message carries a time of its own in its embed, so
// the soak's ledger can match what Discord received against what was queued.
internal static class FailoverBacklog
{
    private static readonly DateTime FirstTimestamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<Backlog> QueueAsync(ClusterDatabase database, SimulatorControl simulator, int webhookCount, int messages)
    {
        await using var db = database.Open();
        var webhooks = Enumerable.Range(0, webhookCount).Select(i => new Webhook
        {
            Name = $"failover{i}",
            Url = simulator.DiscordWebhookUrl($"failover{i}"),
            NotificationTypes = "",
            CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
        }).ToList();
        db.Webhooks.AddRange(webhooks);
        await db.SaveChangesAsync();

        var outbox = new WebhookOutbox(new DispatchSignal(), TimeProvider.System);
        var emitted = new List<SoakEmitted>();
        foreach (var webhook in webhooks)
        {
            for (var i = 0; i < messages; i++)
            {
                var timestamp = FirstTimestamp.AddSeconds(i);
                outbox.Enqueue(db, webhook.Id, Message(i, timestamp));
                emitted.Add(new SoakEmitted((webhook.Id * 1_000_000L) + i, webhook.Name, timestamp));
            }
        }

        await db.SaveChangesAsync();
        return new Backlog(emitted, webhooks.ToDictionary(w => w.Id, w => w.Name));
    }

    private static DiscordMessage Message(int index, DateTime timestamp) => new()
    {
        Username = "Notifications",
        Embeds = [new DiscordEmbed { Title = "Structure under attack", Description = $"Failover message {index}", Timestamp = timestamp, Color = 0xD9534F }],
    };
}

// What was queued, and the simulated Discord's name of each webhook by its id in the app.
internal sealed record Backlog(IReadOnlyList<SoakEmitted> Emitted, IReadOnlyDictionary<int, string> Webhooks);
