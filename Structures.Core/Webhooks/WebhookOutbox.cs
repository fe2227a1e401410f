using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// Writes messages into the outbox; the caller commits them with its own changes, then signals.
public sealed class WebhookOutbox(DispatchSignal signal, TimeProvider clock)
{
    public QueuedMessage Enqueue(StructuresDbContext db, int webhookId, DiscordMessage message, long? notificationId = null, bool isResend = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = new QueuedMessage
        {
            WebhookId = webhookId,
            Payload = OutboxPayload.Write(message),
            PackKey = $"{message.Content}|{string.Join(',', message.AllowedMentions.Parse)}|{string.Join(',', message.AllowedMentions.Roles)}",
            NotificationId = notificationId,
            IsResend = isResend,
            Status = QueuedMessageStatus.Queued,
            NextAttemptAt = now,
            CreatedAt = now,
            TraceParent = Telemetry.DeliveryTrace.Current(),
        };
        db.Add(queued);
        return queued;
    }

    // Queues the content of a standing message when it differs from what was last queued for it; an earlier edit
    // still waiting is dropped, as this one replaces it. Returns null when nothing changed.
    public async Task<QueuedMessage?> EnqueueStandingAsync(StructuresDbContext db, int webhookId, string slot, DiscordMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Write(message);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
        var standing = await db.Set<StandingMessage>().SingleOrDefaultAsync(m => m.WebhookId == webhookId && m.Slot == slot, cancellationToken);
        if (standing?.ContentHash == hash)
        {
            return null;
        }

        if (standing is null)
        {
            standing = new StandingMessage { WebhookId = webhookId, Slot = slot };
            db.Add(standing);
        }

        (standing.ContentHash, standing.UpdatedAt) = (hash, clock.GetUtcNow().UtcDateTime);
        var superseded = await db.QueuedMessages
            .Where(m => m.WebhookId == webhookId && m.StandingSlot == slot && m.Status == QueuedMessageStatus.Queued).ToListAsync(cancellationToken);
        db.QueuedMessages.RemoveRange(superseded);
        var queued = Enqueue(db, webhookId, message);
        (queued.StandingSlot, queued.PackKey) = (slot, $"single:standing:{slot}");
        return queued;
    }

    public void Signal(int webhookId) => signal.Notify(webhookId);
}
