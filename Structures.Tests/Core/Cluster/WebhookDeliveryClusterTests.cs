using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Cluster;
using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// Two instances on one PostgreSQL database deliver each queued message once, in order per webhook.
public sealed class WebhookDeliveryClusterTests
{
    private static readonly string[] Channels = ["alpha", "bravo", "charlie"];

    [Fact]
    public async Task Burst_QueuedOnBothInstances_ReachesDiscordExactlyOnce_InOrderPerWebhook()
    {
        await using var hosts = new TwoHosts(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "true" });
        var webhooks = await AddWebhooksAsync(hosts);
        var discord = hosts.A.Get<SimDiscordChannel>();
        var allPosted = new TaskCompletionSource();
        discord.Received += _ =>
        {
            if (discord.Messages().Count >= 40)
            {
                allPosted.TrySetResult();
            }
        };

        // 40 messages, queued alternately on A and B, each signalled on the instance that queued it.
        var queuing = Enumerable.Range(1, 40).Select(i => (Host: i % 2 == 0 ? hosts.B : hosts.A, Webhook: webhooks[i % 3], Text: $"alert {i}"));
        await Task.WhenAll(queuing.GroupBy(q => q.Host).Select(group => QueueAsync(group.Key, [.. group.Select(q => (q.Webhook, q.Text))])));
        await allPosted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await UntilSettledAsync(hosts, webhooks);

        await using var db = await hosts.DbAsync();
        for (var i = 0; i < webhooks.Count; i++)
        {
            var queuedOrder = await db.QueuedMessages.Where(m => m.WebhookId == webhooks[i]).OrderBy(m => m.Id).ToListAsync();
            var posted = discord.Messages(Channels[i]).Select(m => m.Content).ToList();
            posted.Should().Equal(queuedOrder.Select(m => OutboxPayload.Read(m).Content),
                $"webhook {Channels[i]} gets each of its messages once, in the order they were queued");
            discord.RateLimitedCount(Channels[i]).Should().Be(0, "the instance that posts next waits out the rate limit the other one learned");
        }

        discord.Messages().Should().HaveCount(40);
    }

    [Fact]
    public async Task Drain_OfAWebhookLeasedByADeadInstance_WaitsForTheLeaseToExpire_ThenSendsEverythingOnce()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        await using var hosts = new TwoHosts(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false" }, clock);
        hosts.B.ExpectLog("ClaimResent");
        var webhook = (await AddWebhooksAsync(hosts))[0];
        await QueueAsync(hosts.A, [(webhook, "alert 1"), (webhook, "alert 2")]);
        // A claims the webhook and the first message, then dies before Discord answers: its lease and claim stay.
        (await hosts.A.Get<WorkLeases>().TryClaimAsync(WebhookDispatchLease.NameOf(webhook), TimeSpan.FromSeconds(30), default)).Should().BeTrue();
        await using (var db = await hosts.DbAsync())
        {
            await db.QueuedMessages.Where(m => m.Id == db.QueuedMessages.Min(x => x.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, QueuedMessageStatus.Sending).SetProperty(m => m.ClaimedAt, clock.GetUtcNow().UtcDateTime));
        }

        var leaseEnds = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(30);
        var dispatcher = hosts.B.Get<WebhookDispatcher>();
        var whileHeld = await dispatcher.DrainAsync(webhook, default);
        var postedWhileHeld = hosts.A.Get<SimDiscordChannel>().Messages("alpha").Count;
        clock.Advance(TimeSpan.FromSeconds(30));
        var afterExpiry = await dispatcher.DrainAsync(webhook, default);

        whileHeld.Should().Be(leaseEnds, "B asks again when A's lease runs out");
        postedWhileHeld.Should().Be(0);
        afterExpiry.Should().BeNull();
        hosts.A.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Should().Equal("alert 1", "alert 2");
        (await hosts.B.Get<WorkLeases>().CurrentAsync(WebhookDispatchLease.NameOf(webhook), default)).Should().BeNull("B gave the lease up once the outbox was empty");
    }

    private static async Task<List<int>> AddWebhooksAsync(TwoHosts hosts)
    {
        await using var db = await hosts.DbAsync();
        var webhooks = Channels.Select(c => new Webhook { Name = c, Url = $"{hosts.A.BaseUrl}/sim/discord/api/webhooks/{c}/token" }).ToList();
        db.Webhooks.AddRange(webhooks);
        await db.SaveChangesAsync();
        return [.. webhooks.Select(w => w.Id)];
    }

    private static async Task QueueAsync(DashboardFactory host, List<(int Webhook, string Text)> messages)
    {
        foreach (var (webhook, text) in messages)
        {
            await using var db = await host.Get<IDbContextFactory<global::Structures.Core.Data.StructuresDbContext>>().CreateDbContextAsync();
            host.Get<WebhookOutbox>().Enqueue(db, webhook, new DiscordMessage { Content = text });
            await db.SaveChangesAsync();
            host.Get<DispatchSignal>().Notify(webhook);
        }
    }

    // Settled when every message is recorded as sent and no instance holds a webhook: nothing is left that could be
    // posted again.
    private static async Task UntilSettledAsync(TwoHosts hosts, List<int> webhooks)
    {
        var names = webhooks.Select(WebhookDispatchLease.NameOf).ToList();
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            await using var db = await hosts.DbAsync();
            var unsent = await db.QueuedMessages.CountAsync(m => m.Status != QueuedMessageStatus.Sent);
            var held = await db.WorkLeases.CountAsync(l => names.Contains(l.Name));
            if (unsent == 0 && held == 0)
            {
                return;
            }

            TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(30), $"{unsent} message(s) unsent and {held} lease(s) held");
            await Task.Yield();
        }
    }
}
