using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// What Discord's answer to one post does to the batch it carried: sent, paused for the rate limit, retried with
// back-off (dead-lettered after MaxAttempts), split to find the message refused, dead-lettered, or the webhook gone.
public static class DispatchAnswer
{
    // now: when the post was claimed; answeredAt: when Discord answered, from which its reset is counted (a pause
    // counted from before the round trip ends early and earns a 429).
    public static DispatchStep Apply(List<QueuedMessage> batch, DiscordSendResult result, DateTime now, DateTime answeredAt, WebhookOptions options)
    {
        batch.ForEach(m => m.Status = QueuedMessageStatus.Queued);
        switch (result.Outcome)
        {
            case DiscordOutcome.Sent:
                batch.ForEach(m => (m.Status, m.SentAt, m.LastError) = (QueuedMessageStatus.Sent, now, null));
                return new DispatchStep(null, result.Remaining == 0 && result.ResetAfter is { } reset ? answeredAt + reset : null);
            case DiscordOutcome.RateLimited:
                var retry = answeredAt + (result.RetryAfter ?? TimeSpan.FromSeconds(1));
                return new DispatchStep(retry, retry);
            case DiscordOutcome.Transient:
                return new DispatchStep(Postpone(batch, result.Error!, now, options), null);
            case DiscordOutcome.Rejected when batch.Count > 1:
                // One of several refused: send them one by one to find which.
                batch.ForEach(m => m.PackKey = $"single:{m.Id}");
                return new DispatchStep(null, null);
            case DiscordOutcome.Rejected or DiscordOutcome.UnknownMessage:
                batch.ForEach(m => (m.Status, m.LastError) = (QueuedMessageStatus.DeadLettered, result.Error));
                return new DispatchStep(null, null, DeadLettered: true);
            default:
                return new DispatchStep(null, null, WebhookGone: result.Outcome == DiscordOutcome.UnknownWebhook);
        }
    }

    private static DateTime Postpone(List<QueuedMessage> batch, string error, DateTime now, WebhookOptions options)
    {
        var attempts = batch.Max(m => m.Attempts) + 1;
        var delay = TimeSpan.FromTicks(options.RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 10)));
        foreach (var message in batch)
        {
            message.Attempts = attempts;
            message.LastError = error;
            message.NextAttemptAt = now + delay;
            if (attempts >= options.MaxAttempts)
            {
                message.Status = QueuedMessageStatus.DeadLettered;
                message.LastError = $"Gave up after {attempts} attempts: {error}";
            }
        }

        return now + delay;
    }
}

// When the drain comes back (null: go on now), until when the webhook is paused, and what the dispatcher must do
// beyond the batch: log a dead letter, disable the webhook.
public sealed record DispatchStep(DateTime? ComeBack, DateTime? PausedUntil, bool DeadLettered = false, bool WebhookGone = false);
