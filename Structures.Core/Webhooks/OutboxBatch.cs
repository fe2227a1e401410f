using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// What one post carries: the head of a webhook's queue, plus the messages right behind it with the same pings, up to
// what one post can carry. A message left claimed by an interrupted post is still at the head and goes first.
// Payloads never change once queued: what a drain has read (payloads, by message) is not read again.
internal static class OutboxBatch
{
    public static async Task<OutboxRound> NextAsync(StructuresDbContext db, int webhookId, DateTime now, Dictionary<long, DiscordMessage> payloads, CancellationToken cancellationToken)
    {
        var head = await db.QueuedMessages.Waiting(webhookId)
            .OrderBy(m => m.Id).Take(DiscordLimits.Embeds).ToListAsync(cancellationToken);
        if (head.Count == 0 || head[0].NextAttemptAt > now)
        {
            return new OutboxRound([.. head.Take(1)], TookAll: head.Count <= 1);
        }

        var batch = new List<QueuedMessage> { head[0] };
        var size = Size(head[0], payloads);
        foreach (var next in head.Skip(1))
        {
            if (next.PackKey != head[0].PackKey || next.PackKey.StartsWith("single:", StringComparison.Ordinal) || next.NextAttemptAt > now)
            {
                break;
            }

            var nextSize = Size(next, payloads);
            if (size.Embeds + nextSize.Embeds > DiscordLimits.Embeds || size.Characters + nextSize.Characters > DiscordLimits.TotalEmbedCharacters)
            {
                break;
            }

            batch.Add(next);
            size = (size.Embeds + nextSize.Embeds, size.Characters + nextSize.Characters);
        }

        // Fewer than were asked for came back, all of them in the batch: nothing else was waiting.
        return new OutboxRound(batch, TookAll: head.Count < DiscordLimits.Embeds && batch.Count == head.Count);
    }

    public static Task<bool> AnyWaitingAsync(StructuresDbContext db, int webhookId, CancellationToken cancellationToken) =>
        db.QueuedMessages.Waiting(webhookId).AnyAsync(cancellationToken);

    private static IQueryable<QueuedMessage> Waiting(this IQueryable<QueuedMessage> messages, int webhookId) =>
        messages.Where(m => m.WebhookId == webhookId && (m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending));

    // The post: the head's content and pings with every message's embeds, from the payloads NextAsync read.
    public static DiscordMessage Combine(List<QueuedMessage> batch, Dictionary<long, DiscordMessage> payloads) =>
        Payload(batch[0], payloads) with { Embeds = [.. batch.SelectMany(m => Payload(m, payloads).Embeds)] };

    private static (int Embeds, int Characters) Size(QueuedMessage message, Dictionary<long, DiscordMessage> payloads)
    {
        var payload = Payload(message, payloads);
        return (payload.Embeds.Count, payload.Embeds.Sum(DiscordLimits.Size));
    }

    private static DiscordMessage Payload(QueuedMessage message, Dictionary<long, DiscordMessage> payloads)
    {
        if (!payloads.TryGetValue(message.Id, out var payload))
        {
            payload = OutboxPayload.Read(message);
            payloads[message.Id] = payload;
        }

        return payload;
    }
}

// One post's messages, and whether they were every message the webhook had waiting when read.
internal sealed record OutboxRound(List<QueuedMessage> Messages, bool TookAll);
