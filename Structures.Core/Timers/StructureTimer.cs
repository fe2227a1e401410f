namespace Structures.Core.Timers;

// A moment players must be ready for: a reinforcement ending, a moon chunk arriving. Always UTC (EVE time).
// Timers come from an owner's notifications, or are entered by hand (a hostile structure's timer): a manual timer
// belongs to no owner, and says who entered it instead.
public sealed class StructureTimer
{
    public int Id { get; set; }

    // The owner whose notification made the timer; null for a manual timer.
    public long? OwnerId { get; set; }
    public TimerSource Source { get; set; }
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

    // What a manual timer says in words where a notification gives IDs: the structure's type and free notes.
    public string? StructureTypeName { get; set; }
    public string? Notes { get; set; }

    // Who entered a manual timer, and their corporation then (which a corporation-restricted one is shown to).
    public long? CreatedByCharacterId { get; set; }
    public string? CreatedByName { get; set; }
    public long? CreatedByCorporationId { get; set; }
}

public enum TimerSource
{
    Notification,
    Manual,

    // Read from a structure as the last sync saw it (StateTimers); never stored.
    StructureState,
}

public enum TimerKind
{
    Armor,
    Hull,
    Final,
    MoonExtraction,
    Abandonment,
    SelfDestruct,
    Anchoring,
    Unanchoring,
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
