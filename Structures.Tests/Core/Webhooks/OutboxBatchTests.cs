using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Webhooks;

public sealed class OutboxBatchTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private int _webhookId;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Db();
        await db.Database.MigrateAsync();
        var webhook = new Webhook { Name = "alpha", Url = "https://discord.example/api/webhooks/1/token" };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        _webhookId = webhook.Id;
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Enqueue_ALongMessage_StoresItClampedOnce_AndThePostIsWhatWasStored()
    {
        var message = new DiscordMessage { Content = new string('x', 2500), Embeds = [Embed("alert")] };
        await QueueAsync(message);

        await using var db = Db();
        var stored = await db.QueuedMessages.SingleAsync();
        var payloads = new Dictionary<long, DiscordMessage>();
        var post = OutboxBatch.Combine((await OutboxBatch.NextAsync(db, _webhookId, Now, payloads, default)).Messages, payloads);

        stored.Payload.Should().Be(OutboxPayload.Write(message));
        post.Should().BeEquivalentTo(DiscordLimits.Clamp(message));
        post.Content.Should().HaveLength(DiscordLimits.Content);
    }

    [Fact]
    public async Task NextAsync_TheSecondPostOfADrain_IsMadeFromPayloadsAlreadyRead()
    {
        await QueueAsync([.. Enumerable.Range(1, 7).Select(i => new DiscordMessage { Content = "@here", Embeds = [Embed($"{i}a"), Embed($"{i}b")] })]);
        var payloads = new Dictionary<long, DiscordMessage>();
        List<QueuedMessage> first;
        await using (var db = Db())
        {
            first = (await OutboxBatch.NextAsync(db, _webhookId, Now, payloads, default)).Messages;
            first.ForEach(m => m.Status = QueuedMessageStatus.Sent);
            await db.SaveChangesAsync();
        }

        var sixth = first[^1].Id + 1;
        await using (var db = Db())
        {
            await db.QueuedMessages.Where(m => m.Id == sixth).ExecuteUpdateAsync(m => m.SetProperty(x => x.Payload, "not JSON: read twice"));
        }

        await using var again = Db();
        var second = (await OutboxBatch.NextAsync(again, _webhookId, Now, payloads, default)).Messages;
        var post = OutboxBatch.Combine(second, payloads);

        first.Should().HaveCount(5, "five messages of two embeds fill a post, and the sixth was read to find that out");
        second.Select(m => m.Id).Should().Equal(sixth, sixth + 1);
        post.Embeds.Select(e => e.Title).Should().Equal("6a", "6b", "7a", "7b");
        post.Content.Should().Be("@here");
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private StructuresDbContext Db() => new(new DbContextOptionsBuilder<StructuresDbContext>().UseSqlite(_connection).Options);

    private static DiscordEmbed Embed(string title) => new() { Title = title, Description = "Structure under attack", Color = 0xD9534F };

    private async Task QueueAsync(params DiscordMessage[] messages)
    {
        await using var db = Db();
        var outbox = new WebhookOutbox(new DispatchSignal(), _clock);
        foreach (var message in messages)
        {
            outbox.Enqueue(db, _webhookId, message);
        }

        await db.SaveChangesAsync();
    }
}
