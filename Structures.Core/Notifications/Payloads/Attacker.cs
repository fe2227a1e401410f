namespace Structures.Core.Notifications.Payloads;

// Who attacks: Upwell and skyhook texts name the alliance and corporation, orbital texts give only IDs.
public sealed record Attacker(long? AllianceId, string? AllianceName, long? CorporationId, string? CorporationName, long? CharacterId)
{
    public static Attacker Unknown { get; } = new(null, null, null, null, null);
}
