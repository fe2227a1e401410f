using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class WebhookDispatcherTests : AppTest
{
    public WebhookDispatcherTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected WebhookDispatcherTests(DatabaseProvider provider)
        : this(provider, new DbCommandLog())
    {
    }

    private WebhookDispatcherTests(DatabaseProvider provider, DbCommandLog commands)
        : base(fakeClock: true, provider: provider, services: commands.AddTo) =>
        _commands = commands;

    private readonly DbCommandLog _commands;

    [Fact]
    public async Task ADrainThatPostsEverythingWaiting_LooksAtTheQueueOnceMore_RatherThanAWholeRound()
    {
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 3, samePings: true);
        _commands.Clear();

        (await Factory.Get<WebhookDispatcher>().DrainAsync(webhook, default)).Should().BeNull("nothing is left to send");

        Factory.Get<SimDiscordChannel>().Messages("alpha").Should().ContainSingle().Which.Embeds.Should().HaveCount(3);
        _commands.Reading("\"QueuedMessages\"").Should().HaveCount(2, "the batch is read, and once it is posted the queue is looked at once");
        _commands.Reading("\"Webhooks\"").Should().ContainSingle("no second round reads the webhook again");
        await AssertAllSentAsync(3);
    }

    [Fact]
    public async Task Burst_IsDeliveredInOrder_WithoutA429_TenEmbedsAPost()
    {
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 35, samePings: true);

        var posts = await DrainUntilEmptyAsync(webhook);

        var received = Factory.Get<SimDiscordChannel>().Messages("alpha");
        received.Should().HaveCount(4);
        posts.Should().Be(4);
        received.SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString()).Should().Equal(Enumerable.Range(1, 35).Select(i => $"Alert {i}"));
        Factory.Get<SimDiscordChannel>().RateLimitedCount("alpha").Should().Be(0);
        await AssertAllSentAsync(35);
    }

    [Fact]
    public async Task ConcurrentDrainsOfOneWebhook_PostEachMessageExactlyOnce_InOrder()
    {
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 24, samePings: false);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => DrainUntilEmptyAsync(webhook))));

        Factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Should().Equal(Enumerable.Range(1, 24).Select(i => $"@here {i}"));
        await AssertAllSentAsync(24);
    }

    [Fact]
    public async Task MessagesWithDifferentPings_TravelApart_StillWithoutA429()
    {
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 12, samePings: false);

        await DrainUntilEmptyAsync(webhook);

        Factory.Get<SimDiscordChannel>().Messages("alpha").Should().HaveCount(12);
        Factory.Get<SimDiscordChannel>().RateLimitedCount("alpha").Should().Be(0);
    }

    [Fact]
    public async Task A429Storm_DelaysButLosesNothing_AndSendsNothingTwice()
    {
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 6, samePings: false);
        await InjectFaultAsync(new { target = "/sim/discord/api/webhooks/alpha", kind = "RateLimited", retryAfterSeconds = 3, count = 4 });

        await DrainUntilEmptyAsync(webhook);

        Factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Embeds.Single().GetProperty("title").GetString())
            .Should().Equal(Enumerable.Range(1, 6).Select(i => $"Alert {i}"));
        await AssertAllSentAsync(6);
    }

    [Fact]
    public async Task AMessageDiscordRefuses_IsDeadLettered_WithDiscordsReason_AndTheRestGoOn()
    {
        ExpectLog("MessageDeadLettered");
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 3, samePings: false);
        await InjectFaultAsync(new { target = "/sim/discord/api/webhooks/alpha", kind = "Status", status = 400, count = 1 });

        await DrainUntilEmptyAsync(webhook);

        await using var db = await DbAsync();
        var messages = await db.QueuedMessages.OrderBy(m => m.Id).ToListAsync();
        messages[0].Status.Should().Be(QueuedMessageStatus.DeadLettered);
        messages[0].LastError.Should().StartWith("Discord refused the message (HTTP 400");
        messages.Skip(1).Should().OnlyContain(m => m.Status == QueuedMessageStatus.Sent);
    }

    [Fact]
    public async Task DeletedWebhook_IsDisabled_AdminsAreTold_AndItsMessagesAreKept()
    {
        ExpectLog("WebhookDisabled");
        var webhook = await AddWebhookAsync("alpha");
        await QueueAsync(webhook, 2, samePings: false);
        await Http.PostAsync("/sim/control/discord/webhooks/alpha/delete", null);

        var next = await Factory.Get<WebhookDispatcher>().DrainAsync(webhook, default);

        next.Should().BeNull();
        await using var db = await DbAsync();
        var disabled = await db.Webhooks.SingleAsync();
        disabled.IsActive.Should().BeFalse();
        disabled.DisabledReason.Should().Contain("Unknown Webhook");
        (await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Queued)).Should().Be(2);
        (await db.AdminNotices.SingleAsync()).Title.Should().Be("Webhook alpha was disabled");
    }

    [Fact]
    public void Clamp_FitsAnyMessageIntoDiscordsLimits()
    {
        var huge = new DiscordMessage
        {
            Content = new string('c', 2500),
            Embeds = [.. Enumerable.Range(0, 12).Select(_ => new DiscordEmbed
            {
                Title = new string('t', 300),
                Description = new string('d', 5000),
                Fields = [.. Enumerable.Range(0, 30).Select(i => new DiscordEmbedField(new string('n', 300), new string('v', 2000)))],
            })],
        };

        var clamped = DiscordLimits.Clamp(huge);

        clamped.Content!.Length.Should().Be(2000);
        clamped.Embeds.Should().HaveCount(10);
        clamped.Embeds.Sum(DiscordLimits.Size).Should().BeLessThanOrEqualTo(6000);
        clamped.Embeds[0].Title!.Length.Should().Be(256);
        clamped.Embeds[0].Title.Should().EndWith("…");
    }

    private async Task<int> AddWebhookAsync(string id)
    {
        await using var db = await DbAsync();
        var webhook = new Webhook { Name = id, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{id}/token-{id}", CreatedAt = Clock.GetUtcNow().UtcDateTime };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    }

    private async Task QueueAsync(int webhookId, int count, bool samePings)
    {
        await using var db = await DbAsync();
        var outbox = Factory.Get<WebhookOutbox>();
        for (var i = 1; i <= count; i++)
        {
            outbox.Enqueue(db, webhookId, new DiscordMessage
            {
                Content = samePings ? "@here" : $"@here {i}",
                Embeds = [new DiscordEmbed { Title = $"Alert {i}", Description = "Structure under attack", Color = 0xD9534F }],
            });
        }

        await db.SaveChangesAsync();
    }

    // Drives the dispatcher as its background worker would, moving the fake clock to each time it asks to come back.
    private async Task<int> DrainUntilEmptyAsync(int webhookId)
    {
        var dispatcher = Factory.Get<WebhookDispatcher>();
        var rounds = 0;
        while (await dispatcher.DrainAsync(webhookId, default) is { } comeBack && rounds++ < 200)
        {
            var wait = comeBack - Clock.GetUtcNow().UtcDateTime;
            Clock.Advance(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1));
        }

        return Factory.Get<SimDiscordChannel>().Messages().Count;
    }

    private async Task AssertAllSentAsync(int count)
    {
        await using var db = await DbAsync();
        (await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Sent && m.SentAt != null)).Should().Be(count);
    }
}
