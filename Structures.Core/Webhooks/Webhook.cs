namespace Structures.Core.Webhooks;

// A Discord webhook that notifications are forwarded to.
public sealed class Webhook
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsDefault { get; set; }
    public bool HasDefaultPingsEnabled { get; set; } = true;
    public string NotificationTypes { get; set; } = "";
    public string Language { get; set; } = "en";

    // Types Structures cannot describe yet go only to webhooks that ask for them, with a generic message.
    public bool ForwardsUnknownTypes { get; set; }

    // Discord role IDs mentioned in every message of this webhook (comma-separated).
    public string PingRoleIds { get; set; } = "";

    // Per-type ping overrides (TypePing.Read): a level and roles per type; other types ping by colour or alert rule.
    public string TypePings { get; set; } = "";

    // Admin notices (a service down, a character disabled, a webhook deleted, ...) are posted here too.
    public bool ReceivesAdminNotices { get; set; }

    // Minutes before a timer ends when a reminder is posted, longest first ("60,15"; ReminderLeadTimes); empty for none.
    public string ReminderLeadTimes { get; set; } = "";

    // Timers that belong to no owner (entered by users) are reminded and listed here too.
    public bool TakesManualTimers { get; set; }

    // Keeps one "upcoming timers" message in the channel, edited in place as timers come, change and end.
    public bool PostsUpcomingTimers { get; set; }

    public List<Owners.Owner> Owners { get; set; } = [];

    public IReadOnlyList<string> RoleIds => PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public TypePing PingFor(string type) => TypePing.Read(TypePings).GetValueOrDefault(type) ?? TypePing.Default;

    public string Notes { get; set; } = "";

    // Set when Discord said the webhook no longer exists; an admin must fix the URL and re-enable it.
    public string? DisabledReason { get; set; }
    public DateTime CreatedAt { get; set; }

    // When Discord last accepted a test notification; until one is accepted (or a message delivered), the webhook is untested.
    public DateTime? TestSucceededAt { get; set; }

    // Until when Discord's rate limit says to wait before the next post, kept here so whichever instance posts next waits too.
    public DateTime? PausedUntil { get; set; }

    public IReadOnlySet<string> Types => NotificationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
