using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Status;

namespace Structures.Core.Webhooks;

// Drains one webhook's outbox in order, as fast as Discord's rate-limit headers allow and never faster, so a burst
// earns no 429. Passing failures wait with back-off; Discord refusing a message dead-letters it with the reason;
// a deleted webhook is disabled, its messages kept, and admins told.
public sealed class WebhookDispatcher(
    IDbContextFactory<StructuresDbContext> contextFactory,
    DiscordWebhookClient discord,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    private readonly ConcurrentDictionary<int, DateTime> _pausedUntil = new();

    // Sends what can be sent now. Returns when to come back, or null when nothing is left to do.
    public async Task<DateTime?> DrainAsync(int webhookId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (_pausedUntil.TryGetValue(webhookId, out var paused) && paused > now)
            {
                return paused;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var webhook = await db.Set<Webhook>().SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
            if (webhook is null || !webhook.IsActive)
            {
                return null;
            }

            var batch = await NextBatchAsync(db, webhookId, now, cancellationToken);
            if (batch.Count == 0)
            {
                return null;
            }

            if (batch[0].NextAttemptAt > now)
            {
                return batch[0].NextAttemptAt;
            }

            var result = await discord.SendAsync(webhook.Url, Combine(batch), cancellationToken);
            var comeBack = await RecordAsync(db, webhook, batch, result, now, cancellationToken);
            if (comeBack is not null || result.Outcome == DiscordOutcome.UnknownWebhook)
            {
                return comeBack;
            }
        }
    }

    private async Task<DateTime?> RecordAsync(StructuresDbContext db, Webhook webhook, List<QueuedMessage> batch, DiscordSendResult result, DateTime now, CancellationToken cancellationToken)
    {
        // Discord counts its reset from the moment it answered, not from when the post left: a pause counted from
        // before the round trip ends early and earns a 429.
        var answeredAt = clock.GetUtcNow().UtcDateTime;
        DateTime? comeBack = null;
        switch (result.Outcome)
        {
            case DiscordOutcome.Sent:
                batch.ForEach(m => (m.Status, m.SentAt, m.LastError) = (QueuedMessageStatus.Sent, now, null));
                if (result.Remaining == 0 && result.ResetAfter is { } reset)
                {
                    _pausedUntil[webhook.Id] = answeredAt + reset;
                }

                break;
            case DiscordOutcome.RateLimited:
                comeBack = answeredAt + (result.RetryAfter ?? TimeSpan.FromSeconds(1));
                _pausedUntil[webhook.Id] = comeBack.Value;
                break;
            case DiscordOutcome.Transient:
                comeBack = Postpone(batch, result.Error!, now);
                break;
            case DiscordOutcome.Rejected when batch.Count > 1:
                // One of several refused: send them one by one to find which.
                batch.ForEach(m => m.PackKey = $"single:{m.Id}");
                break;
            case DiscordOutcome.Rejected:
                batch.ForEach(m => (m.Status, m.LastError) = (QueuedMessageStatus.DeadLettered, result.Error));
                logger.MessageDeadLettered(webhook.Name, result.Error!);
                break;
            case DiscordOutcome.UnknownWebhook:
                Disable(db, webhook, result.Error!, now);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return comeBack;
    }

    private DateTime Postpone(List<QueuedMessage> batch, string error, DateTime now)
    {
        var attempts = batch.Max(m => m.Attempts) + 1;
        var delay = TimeSpan.FromTicks(options.Value.RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 10)));
        foreach (var message in batch)
        {
            message.Attempts = attempts;
            message.LastError = error;
            message.NextAttemptAt = now + delay;
            if (attempts >= options.Value.MaxAttempts)
            {
                message.Status = QueuedMessageStatus.DeadLettered;
                message.LastError = $"Gave up after {attempts} attempts: {error}";
            }
        }

        return now + delay;
    }

    private void Disable(StructuresDbContext db, Webhook webhook, string error, DateTime now)
    {
        webhook.IsActive = false;
        webhook.DisabledReason = error;
        db.AdminNotices.Add(new AdminNotice
        {
            CreatedAt = now,
            Level = NoticeLevel.Danger,
            Title = $"Webhook {webhook.Name} was disabled",
            Message = $"{error} Its queued messages are kept: correct the URL and enable it again to send them.",
        });
        logger.WebhookDisabled(webhook.Name, error);
    }

    // The head of the queue, plus the messages right behind it with the same pings, up to what one post can carry.
    private static async Task<List<QueuedMessage>> NextBatchAsync(StructuresDbContext db, int webhookId, DateTime now, CancellationToken cancellationToken)
    {
        var head = await db.Set<QueuedMessage>().Where(m => m.WebhookId == webhookId && m.Status == QueuedMessageStatus.Queued)
            .OrderBy(m => m.Id).Take(DiscordLimits.Embeds).ToListAsync(cancellationToken);
        if (head.Count == 0 || head[0].NextAttemptAt > now)
        {
            return head.Take(1).ToList();
        }

        var batch = new List<QueuedMessage> { head[0] };
        var size = Size(head[0]);
        foreach (var next in head.Skip(1))
        {
            var nextSize = Size(next);
            if (next.PackKey != head[0].PackKey || next.PackKey.StartsWith("single:", StringComparison.Ordinal) || next.NextAttemptAt > now
                || size.Embeds + nextSize.Embeds > DiscordLimits.Embeds || size.Characters + nextSize.Characters > DiscordLimits.TotalEmbedCharacters)
            {
                break;
            }

            batch.Add(next);
            size = (size.Embeds + nextSize.Embeds, size.Characters + nextSize.Characters);
        }

        return batch;
    }

    private static (int Embeds, int Characters) Size(QueuedMessage message)
    {
        var payload = Read(message);
        return (payload.Embeds.Count, payload.Embeds.Sum(DiscordLimits.Size));
    }

    private static DiscordMessage Combine(List<QueuedMessage> batch)
    {
        var first = Read(batch[0]);
        return first with { Embeds = [.. batch.SelectMany(m => Read(m).Embeds)] };
    }

    public static DiscordMessage Read(QueuedMessage message) =>
        JsonSerializer.Deserialize<DiscordMessage>(message.Payload) ?? throw new InvalidOperationException($"Queued message {message.Id} has no payload.");

    public static string Write(DiscordMessage message) => JsonSerializer.Serialize(DiscordLimits.Clamp(message));
}
