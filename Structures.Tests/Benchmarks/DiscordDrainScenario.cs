using Microsoft.EntityFrameworkCore;
using Structures.Core.Discord;
using Structures.Core.Webhooks;

namespace Structures.Tests.Benchmarks;

// Scenario 3: a backlog of notifications for one webhook, then for ten at once, drained against the simulated
// Discord's per-webhook bucket (5 requests per 2 s). At 10 embeds a post, 1,000 need 100 posts: 40 s at best.
internal static class DiscordDrainScenario
{
    internal const int RequestsPerWindow = 5;
    internal const double WindowSeconds = 2;

    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var messages = smoke ? 40 : 1000;
        var figures = new Dictionary<string, double>();
        var met = true;
        foreach (var webhooks in smoke ? [1] : new[] { 1, 10 })
        {
            var (seconds, rateLimited, sent) = await DrainAsync(webhooks, messages);
            figures[$"webhooks_{webhooks}_drain_s"] = Math.Round(seconds, 2);
            figures[$"webhooks_{webhooks}_posts"] = sent;
            figures[$"webhooks_{webhooks}_429s"] = rateLimited;
            met &= seconds <= 45 && rateLimited == 0;
        }

        var posts = Math.Ceiling(messages / (double)DiscordLimits.Embeds);
        figures["physical_limit_s"] = (Math.Ceiling(posts / RequestsPerWindow) - 1) * WindowSeconds;
        return new BenchResult("drain", "Discord drain",
            new Dictionary<string, object> { ["messagesPerWebhook"] = messages, ["sinkLimit"] = $"{RequestsPerWindow} requests / {WindowSeconds} s per webhook" },
            figures, "1,000 queued messages delivered in <= 45 s with zero 429s, for 1 and for 10 webhooks", met);
    }

    private static async Task<(double Seconds, int RateLimited, int Posts)> DrainAsync(int webhookCount, int messages)
    {
        await using var app = BenchApp.Start(new Dictionary<string, string?>
        {
            ["Structures:SchedulerEnabled"] = "true",
            ["Simulation:DiscordRequestsPerWindow"] = RequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulation:DiscordWindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var webhooks = new List<int>();
        for (var i = 0; i < webhookCount; i++)
        {
            webhooks.Add(await app.AddWebhookAsync($"drain{i}", []));
        }

        await QueueAsync(app, webhooks, messages);
        var start = HttpProbe.NowMs;
        webhooks.ForEach(app.Get<WebhookOutbox>().Signal);
        await WaitUntilSentAsync(app, webhooks.Count * messages, TimeSpan.FromSeconds(120));
        var last = app.Probe.Discord.Where(p => p.Status is >= 200 and < 300).Max(p => p.AtMs);
        return ((last - start) / 1000, app.RateLimitedByDiscord, app.Probe.Discord.Count);
    }

    // The backlog: messages numbered 0 to n - 1 for each webhook, queued without a signal.
    internal static async Task QueueAsync(BenchApp app, IEnumerable<int> webhooks, int messages)
    {
        await using var db = await app.DbAsync();
        var outbox = app.Get<WebhookOutbox>();
        foreach (var webhook in webhooks)
        {
            for (var i = 0; i < messages; i++)
            {
                outbox.Enqueue(db, webhook, Message(i));
            }
        }

        await db.SaveChangesAsync();
    }

    internal static async Task WaitUntilSentAsync(BenchApp app, int expected, TimeSpan limit)
    {
        var deadline = HttpProbe.NowMs + limit.TotalMilliseconds;
        while (HttpProbe.NowMs < deadline)
        {
            await using var db = await app.DbAsync();
            if (await db.Set<QueuedMessage>().CountAsync(m => m.Status == QueuedMessageStatus.Sent) >= expected)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The outbox was not drained within {limit.TotalSeconds} s.");
    }

    internal static DiscordMessage Message(int index) => new()
    {
        Username = "Notifications",
        Content = "@everyone",
        AllowedMentions = new DiscordAllowedMentions(["everyone"], []),
        Embeds =
        [
            new DiscordEmbed
            {
                Title = "Structure under attack",
                Description = $"The Astrahus **Bench {index}** in 1-SMEB is under attack: shield 42%, armor 100%, hull 100%.",
                Color = 0xD9534F,
            },
        ],
    };
}
