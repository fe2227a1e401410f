using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// Writes messages into the outbox; the caller commits them with its own changes, then signals.
public sealed class WebhookOutbox(DispatchSignal signal, TimeProvider clock)
{
    public QueuedMessage Enqueue(StructuresDbContext db, int webhookId, DiscordMessage message, long? notificationId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = new QueuedMessage
        {
            WebhookId = webhookId,
            Payload = OutboxPayload.Write(message),
            PackKey = $"{message.Content}|{string.Join(',', message.AllowedMentions.Parse)}|{string.Join(',', message.AllowedMentions.Roles)}",
            NotificationId = notificationId,
            Status = QueuedMessageStatus.Queued,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.Add(queued);
        return queued;
    }

    public void Signal(int webhookId) => signal.Notify(webhookId);
}
