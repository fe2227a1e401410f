using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

public sealed class WebhookDeliveryFaultTests
{
    [Fact]
    public async Task StoppedInTheMiddleOfDispatch_TheRestartSendsTheRest_AndNothingTwice()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        int webhookId;
        int sentBefore;
        await using (var before = new DashboardFactory(clock: clock, folder: folder))
        {
            webhookId = await AddWebhookAsync(before);
            await QueueAsync(before, webhookId, 12);

            await before.Get<WebhookDispatcher>().DrainAsync(webhookId, default);
            sentBefore = before.Get<SimDiscordChannel>().Messages("alpha").Count;
        }

        await using var after = new DashboardFactory(clock: clock, folder: folder);
        var dispatcher = after.Get<WebhookDispatcher>();
        _ = after.BaseUrl;
        await RepointAsync(after, webhookId);
        while (await dispatcher.DrainAsync(webhookId, default) is { } comeBack)
        {
            clock.Advance(comeBack - clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(1));
        }

        var sentAfter = after.Get<SimDiscordChannel>().Messages("alpha");
        sentBefore.Should().Be(5, "the bucket allows five posts before it must wait");
        sentAfter.Select(m => m.Content).Should().Equal(Enumerable.Range(sentBefore + 1, 12 - sentBefore).Select(i => $"message {i}"));
        await using var db = await after.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Sent)).Should().Be(12);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ATimeout_IsRetried_AndTheMessageArrivesOnce()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Webhooks:Timeout"] = "00:00:02" }, clock);
        var webhookId = await AddWebhookAsync(factory);
        await QueueAsync(factory, webhookId, 1);
        using var http = factory.CreateHttpClient();
        using var _ = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "/sim/control/faults",
            new { target = "/sim/discord/api/webhooks/alpha", kind = "Slow", delayMilliseconds = 15000, count = 1 });

        var first = await factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default);
        clock.Advance(TimeSpan.FromSeconds(6));
        factory.Get<SimDiscordChannel>().Messages("alpha").Should().BeEmpty("the timed-out post was not taken");
        var second = await factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default);

        first.Should().NotBeNull("the timed-out message waits for its retry");
        second.Should().BeNull();
        factory.Get<SimDiscordChannel>().Messages("alpha").Should().ContainSingle();
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.SingleAsync()).LastError.Should().BeNull();
    }

    private static async Task<int> AddWebhookAsync(DashboardFactory factory)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var webhook = new Webhook { Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token" };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    }

    // A restarted app listens on a new port; the webhook follows it, as a real one keeps Discord's address.
    private static async Task RepointAsync(DashboardFactory factory, int webhookId)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        await db.Webhooks.Where(w => w.Id == webhookId).ExecuteUpdateAsync(w => w.SetProperty(x => x.Url, $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token"));
    }

    private static async Task QueueAsync(DashboardFactory factory, int webhookId, int count)
    {
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        for (var i = 1; i <= count; i++)
        {
            factory.Get<WebhookOutbox>().Enqueue(db, webhookId, new DiscordMessage { Content = $"message {i}" });
        }

        await db.SaveChangesAsync();
    }
}
