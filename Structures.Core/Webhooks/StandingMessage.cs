namespace Structures.Core.Webhooks;

// A message that stays in a webhook's channel and is edited in place (the upcoming-timers list), one per slot.
// ContentHash is what was last queued for it, so unchanged content queues nothing; DiscordMessageId is the message
// Discord returned when it was posted, committed with Discord's answer like any other delivery.
public sealed class StandingMessage
{
    public int WebhookId { get; set; }
    public required string Slot { get; set; }
    public string? DiscordMessageId { get; set; }
    public string ContentHash { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
