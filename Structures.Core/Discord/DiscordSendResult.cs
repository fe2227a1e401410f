namespace Structures.Core.Discord;

public enum DiscordOutcome
{
    Sent,
    RateLimited,
    Transient,
    Rejected,
    UnknownWebhook,

    // An edit found no such message: someone deleted it in Discord.
    UnknownMessage,
}

// What Discord answered: sent (2xx, with the message's ID when Discord returned it), wait and retry (429), try later
// (5xx, network), or never again (4xx).
public sealed record DiscordSendResult(
    DiscordOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null, int? Remaining = null, TimeSpan? ResetAfter = null, string? MessageId = null)
{
    public bool IsSent => Outcome == DiscordOutcome.Sent;
}
