using System.Globalization;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;

namespace Structures.Tests.Benchmarks.Cluster;

// The Discord drain of scenario 3 with two instances on one PostgreSQL database (in this process, as the cluster
// tests run them: the figures are the product's sharing of the work, not process start-up). The backlog is queued
// once and both instances are told of every webhook; the webhook leases decide which one posts. Duplicates are read
// from what the simulated Discord stored, so a post recorded by neither instance would still be counted.
internal static class DrainClusterScenario
{
    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var messages = smoke ? 40 : 1000;
        var webhookCount = smoke ? 2 : 10;
        var rate = new Dictionary<string, string?>
        {
            ["Structures:SchedulerEnabled"] = "true",
            ["Structures:Scheduling:Enabled"] = "true",
            ["Simulation:DiscordRequestsPerWindow"] = DiscordDrainScenario.RequestsPerWindow.ToString(CultureInfo.InvariantCulture),
            ["Simulation:DiscordWindowSeconds"] = DiscordDrainScenario.WindowSeconds.ToString(CultureInfo.InvariantCulture),
        };
        await using var pair = BenchPair.Start(rate);
        var webhooks = new List<int>();
        for (var i = 0; i < webhookCount; i++)
        {
            webhooks.Add(await pair.A.AddWebhookAsync($"clusterdrain{i}", []));
        }

        await DiscordDrainScenario.QueueAsync(pair.A, webhooks, messages);
        var start = HttpProbe.NowMs;
        foreach (var app in pair.Both)
        {
            webhooks.ForEach(app.Get<WebhookOutbox>().Signal);
        }

        await DiscordDrainScenario.WaitUntilSentAsync(pair.A, webhooks.Count * messages, TimeSpan.FromSeconds(150));
        var posted = pair.Both.Select(app => app.Probe.Discord.Where(p => p.Status is >= 200 and < 300).ToList()).ToList();
        var seconds = (posted.SelectMany(p => p).Max(p => p.AtMs) - start) / 1000;
        var rateLimited = pair.Both.Sum(app => app.RateLimitedByDiscord);
        var (twice, missing) = Copies(pair.A.Get<SimDiscordChannel>(), webhooks.Count * messages);

        var figures = new Dictionary<string, double>
        {
            ["drain_s"] = Math.Round(seconds, 2),
            ["posts"] = posted.Sum(p => p.Count),
            ["posts_instance_a"] = posted[0].Count,
            ["posts_instance_b"] = posted[1].Count,
            ["webhooks_posted_to_by_both"] = posted[0].Select(p => p.WebhookId).Intersect(posted[1].Select(p => p.WebhookId)).Count(),
            ["429s"] = rateLimited,
            ["messages_posted_twice"] = twice,
            ["messages_missing"] = missing,
        };
        var met = seconds <= 45 && rateLimited == 0 && twice == 0 && missing == 0;
        return new BenchResult("drain-cluster", "Discord drain, two instances on PostgreSQL",
            new Dictionary<string, object>
            {
                ["instances"] = 2,
                ["webhooks"] = webhookCount,
                ["messagesPerWebhook"] = messages,
                ["sinkLimit"] = $"{DiscordDrainScenario.RequestsPerWindow} requests / {DiscordDrainScenario.WindowSeconds} s per webhook",
            },
            figures, $"{messages:N0} queued messages on each of {webhookCount} webhooks delivered in <= 45 s, zero 429s, none posted twice or missing", met,
            "both instances in one process on one PostgreSQL database; posts per instance from each one's own Discord client; "
            + "copies counted from what the simulated Discord stored");
    }

    // Each queued message is numbered per webhook in its embed: a number stored more than once is a message posted
    // twice; one never stored is missing.
    private static (int Twice, int Missing) Copies(SimDiscordChannel discord, int expected)
    {
        var copies = discord.Messages()
            .SelectMany(m => m.Embeds.Select(e => (m.WebhookId, Text: e.GetProperty("description").GetString())))
            .GroupBy(x => x).Select(g => g.Count()).ToList();
        return (copies.Count(c => c > 1), expected - copies.Count);
    }
}
