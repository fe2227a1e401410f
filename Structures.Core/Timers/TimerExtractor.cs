using Structures.Core.Notifications;

namespace Structures.Core.Timers;

// Which timer a notification makes, and its exact date (aa-structures §3.4). Dates are rounded to the second.
public static class TimerExtractor
{
    public static TimerDecision Decide(string type, DateTime notificationTimestamp, NotificationText text) => type switch
    {
        "StructureLostShields" => After(notificationTimestamp, text, TimerKind.Armor, TimerCategory.Upwell),
        "StructureLostArmor" => After(notificationTimestamp, text, TimerKind.Hull, TimerCategory.Upwell),
        "SovStructureReinforced" => At(text.GetFileTime("decloakTime"), TimerKind.Final, TimerCategory.Sovereignty, text, SovereigntyType(text)),
        "OrbitalReinforced" => At(text.GetFileTime("reinforceExitTime"), TimerKind.Final, TimerCategory.CustomsOffice, text, 2233),
        "SkyhookLostShields" => At(text.GetFileTime("timestamp"), TimerKind.Final, TimerCategory.Skyhook, text, 81080, text.GetLong("itemID")),
        "MoonminingExtractionStarted" => At(text.GetFileTime("readyTime"), TimerKind.MoonExtraction, TimerCategory.MoonMining, text),
        "MercenaryDenReinforced" => At(text.GetFileTime("timestampExited"), TimerKind.Final, TimerCategory.MercenaryDen, text, 85230, text.GetLong("itemID")),
        "MoonminingExtractionCancelled" => new TimerDecision(null, text.GetLong("structureID")),
        _ => TimerDecision.None,
    };

    private static TimerDecision After(DateTime timestamp, NotificationText text, TimerKind kind, TimerCategory category) =>
        text.GetDuration("timeLeft") is { } left ? At(timestamp.ToUniversalTime() + left, kind, category, text) : TimerDecision.None;

    private static TimerDecision At(DateTime? endsAt, TimerKind kind, TimerCategory category, NotificationText text, long? typeId = null, long? structureId = null)
    {
        if (endsAt is not { } end)
        {
            return TimerDecision.None;
        }

        return new TimerDecision(new StructureTimer
        {
            Kind = kind,
            Category = category,
            EndsAt = new DateTime(end.Ticks - (end.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            StructureId = structureId ?? text.GetLong("structureID"),
            StructureTypeId = typeId ?? text.FirstLong("structureTypeID", "typeID"),
            StructureName = text.GetText("structureName"),
            SolarSystemId = text.FirstLong("solarSystemID"),
            PlanetId = text.GetLong("planetID"),
            MoonId = text.GetLong("moonID"),
        }, null);
    }

    // campaignEventType 1 is a territorial claim unit, 2 an infrastructure hub (now sovereignty hub).
    private static long SovereigntyType(NotificationText text) => text.GetLong("campaignEventType") == 2 ? 32458 : 32226;
}

public sealed record TimerDecision(StructureTimer? Add, long? CancelExtractionOf)
{
    public static TimerDecision None { get; } = new(null, null);
}
