namespace Structures.Core.Owners;

// A character whose token syncs an owner. Disabled with a reason rather than deleted, so an admin can see why.
public sealed class OwnerCharacter
{
    public int Id { get; set; }
    public long OwnerId { get; set; }
    public long CharacterId { get; set; }
    public required string CharacterName { get; set; }
    public required string OwnerHash { get; set; }
    public required string ProtectedRefreshToken { get; set; }

    // The last access token EVE gave for this character (encrypted like the refresh token) and when it expires, so
    // every instance uses it instead of spending the refresh token again.
    public string? ProtectedAccessToken { get; set; }
    public DateTime? AccessTokenExpiresAt { get; set; }
    public string Scopes { get; set; } = "";
    public bool IsEnabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    public DateTime? DisabledAt { get; set; }
    public int ErrorCount { get; set; }
    public DateTime? StructuresLastUsedAt { get; set; }
    public DateTime? NotificationsLastUsedAt { get; set; }

    // When ESI's cached notifications of this character expire: the earliest moment a fetch can bring news.
    public DateTime? NotificationsCacheExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }

    public Owner? Owner { get; set; }

    public void Disable(string reason, DateTime now)
    {
        IsEnabled = false;
        DisabledReason = reason;
        DisabledAt = now;
    }

    public void Enable()
    {
        IsEnabled = true;
        DisabledReason = null;
        DisabledAt = null;
        ErrorCount = 0;
    }
}
