namespace Structures.Core.Access;

// A character that has signed in to the dashboard.
public sealed class EveCharacter
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string OwnerHash { get; set; }

    public long? CorporationId { get; set; }

    public long? AllianceId { get; set; }

    public string? CorporationName { get; set; }

    public string? AllianceName { get; set; }

    // Set on a linked character: the user signs in as the main and sees with every linked character's corporation.
    public long? MainCharacterId { get; set; }

    public DateTime FirstLoginAt { get; set; }

    public DateTime LastLoginAt { get; set; }
}
