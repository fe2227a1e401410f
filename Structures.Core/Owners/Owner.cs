namespace Structures.Core.Owners;

// A corporation whose structures are synced, through one or more of its characters.
public sealed class Owner
{
    public long CorporationId { get; set; }
    public required string CorporationName { get; set; }
    public string? CorporationTicker { get; set; }
    public long? AllianceId { get; set; }
    public string? AllianceName { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsAllianceMain { get; set; }
    public bool HasDefaultPingsEnabled { get; set; } = true;

    // Discord role IDs mentioned in every message about this owner (comma-separated).
    public string PingRoleIds { get; set; } = "";
    public bool IsIncludedInServiceStatus { get; set; } = true;
    public bool AreCustomsOfficesPublic { get; set; }
    public DateTime CreatedAt { get; set; }

    // How long ESI caches this owner's notifications, as last seen: fetches are spread over it.
    public double? NotificationsCacheSeconds { get; set; }

    public SyncStageStatus StructuresSync { get; set; } = new();
    public SyncStageStatus AssetsSync { get; set; } = new();
    public SyncStageStatus NotificationsSync { get; set; } = new();
    public SyncStageStatus ForwardingSync { get; set; } = new();

    // The fingerprint of the last complete ESI snapshot applied to this owner's structures (SnapshotFingerprint): a
    // re-sync whose answers give the same one has nothing to apply. Null until then, and after an incomplete run.
    public string? AppliedSnapshot { get; set; }

    // Whether every sync stage was fresh at the last check; a change is told to admins.
    public bool? IsUp { get; set; }

    public List<OwnerCharacter> Characters { get; set; } = [];

    public List<Webhooks.Webhook> Webhooks { get; set; } = [];
}
