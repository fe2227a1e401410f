namespace Structures.Core.Notifications;

// An ESI notification of an owner, stored once however many of its characters saw it.
public sealed class Notification
{
    public int Id { get; set; }
    public long OwnerId { get; set; }
    public long NotificationId { get; set; }
    public required string Type { get; set; }
    public long SenderId { get; set; }
    public required string SenderType { get; set; }
    public DateTime Timestamp { get; set; }
    public required string Text { get; set; }

    // Type, timestamp and text: one event seen by two characters under different IDs is still one.
    public required string ContentKey { get; set; }
    public bool IsKnownType { get; set; }
    public string? ParseError { get; set; }

    // The owner's structure this notification is about, when it names one: an Upwell structure or skyhook by its ID,
    // a customs office by its planet, a starbase by its moon. Null for news about no structure of the owner.
    public long? StructureId { get; set; }

    // What reading, routing, rendering, queueing or timing this one notification threw ("render: ..."); it is
    // not picked again, and the owner's other notifications go on.
    public string? ProcessingError { get; set; }
    public long ReceivedByCharacterId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public bool IsTimerAdded { get; set; }

    // Written to the outbox of every webhook it goes to; delivery is tracked per message there.
    public bool IsForwarded { get; set; }

    // What the notifications page searches, lower-cased: type, English title, structure, system and attacker names
    // (NotificationSummary). Written when it is rendered; null until then.
    public string? SearchText { get; set; }
}
