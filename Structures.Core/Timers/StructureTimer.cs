namespace Structures.Core.Timers;

// A moment players must be ready for: a reinforcement ending, a moon chunk arriving. Always UTC (EVE time).
public sealed class StructureTimer
{
    public int Id { get; set; }
    public long OwnerId { get; set; }
    public TimerKind Kind { get; set; }
    public TimerCategory Category { get; set; }
    public DateTime EndsAt { get; set; }
    public long? StructureId { get; set; }
    public long? StructureTypeId { get; set; }
    public string? StructureName { get; set; }
    public long? SolarSystemId { get; set; }
    public long? PlanetId { get; set; }
    public long? MoonId { get; set; }

    // Visible only to members of the owner's corporation when set (Structures:Timers:CorpRestricted).
    public bool IsCorpRestricted { get; set; }
    public long? SourceNotificationId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum TimerKind
{
    Armor,
    Hull,
    Final,
    MoonExtraction,
    Abandonment,
    SelfDestruct,
}

public enum TimerCategory
{
    Upwell,
    Sovereignty,
    CustomsOffice,
    Skyhook,
    Starbase,
    MoonMining,
    MercenaryDen,
}
