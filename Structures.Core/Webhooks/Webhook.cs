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

    // Per-type ping overrides, "StructureFuelAlert=none;TowerAlertMsg=everyone"; other types ping by colour.
    public string TypePings { get; set; } = "";

    // Minutes before a timer ends when a reminder is posted, longest first ("60,15"; ReminderLeadTimes); empty for none.
    public string ReminderLeadTimes { get; set; } = "";

    // Timers that belong to no owner (entered by users) are reminded and listed here too.
    public bool TakesManualTimers { get; set; }

    // Keeps one "upcoming timers" message in the channel, edited in place as timers come, change and end.
    public bool PostsUpcomingTimers { get; set; }

    public List<Owners.Owner> Owners { get; set; } = [];

    public IReadOnlyList<string> RoleIds => PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string? PingFor(string type) => TypePings.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
        .FirstOrDefault(pair => pair.Length == 2 && pair[0] == type)?[1];
    public string Notes { get; set; } = "";

    // Set when Discord said the webhook no longer exists; an admin must fix the URL and re-enable it.
    public string? DisabledReason { get; set; }
    public DateTime CreatedAt { get; set; }

    // When Discord last accepted a test notification; until one is accepted (or a message delivered), the webhook is untested.
    public DateTime? TestSucceededAt { get; set; }

    public IReadOnlySet<string> Types => NotificationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
