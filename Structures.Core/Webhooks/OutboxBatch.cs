using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// What one post carries: the head of a webhook's queue, plus the messages right behind it with the same pings, up to
// what one post can carry. A message left claimed by an interrupted post is still at the head and goes first.
internal static class OutboxBatch
{
    public static async Task<List<QueuedMessage>> NextAsync(StructuresDbContext db, int webhookId, DateTime now, CancellationToken cancellationToken)
    {
        var head = await db.QueuedMessages
            .Where(m => m.WebhookId == webhookId && (m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending))
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

    public static DiscordMessage Combine(List<QueuedMessage> batch)
    {
        var first = WebhookDispatcher.Read(batch[0]);
        return first with { Embeds = [.. batch.SelectMany(m => WebhookDispatcher.Read(m).Embeds)] };
    }

    private static (int Embeds, int Characters) Size(QueuedMessage message)
    {
        var payload = WebhookDispatcher.Read(message);
        return (payload.Embeds.Count, payload.Embeds.Sum(DiscordLimits.Size));
    }
}
