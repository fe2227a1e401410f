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

    public List<Owners.Owner> Owners { get; set; } = [];

    public IReadOnlyList<string> RoleIds => PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string? PingFor(string type) => TypePings.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
        .FirstOrDefault(pair => pair.Length == 2 && pair[0] == type)?[1];
    public string Notes { get; set; } = "";

    // Set when Discord said the webhook no longer exists; an admin must fix the URL and re-enable it.
    public string? DisabledReason { get; set; }
    public DateTime CreatedAt { get; set; }

    public IReadOnlySet<string> Types => NotificationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
