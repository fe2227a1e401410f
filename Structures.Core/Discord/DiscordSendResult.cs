namespace Structures.Core.Discord;

public enum DiscordOutcome
{
    Sent,
    RateLimited,
    Transient,
    Rejected,
    UnknownWebhook,
}

// What Discord answered: sent (2xx), wait and retry (429), try later (5xx, network), or never again (4xx).
public sealed record DiscordSendResult(DiscordOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null, int? Remaining = null, TimeSpan? ResetAfter = null)
{
    public bool IsSent => Outcome == DiscordOutcome.Sent;
}
