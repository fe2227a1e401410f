using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Timers;

// Which timer a notification makes, and its exact date (aa-structures §3.4). Dates are rounded to the second.
public static class TimerExtractor
{
    public static TimerDecision Decide(string type, DateTime notificationTimestamp, NotificationPayload payload) => (type, payload) switch
    {
        ("StructureLostShields", StructureCountdown c) => At(c.EndsAt(notificationTimestamp), TimerKind.Armor, TimerCategory.Upwell, c.Place),
        ("StructureAnchoring", StructureCountdown c) => At(c.EndsAt(notificationTimestamp), TimerKind.Anchoring, TimerCategory.Upwell, c.Place),
        ("StructureLostArmor", StructureCountdown c) => At(c.EndsAt(notificationTimestamp), TimerKind.Hull, TimerCategory.Upwell, c.Place),
        ("SovStructureReinforced", SovereigntyEvent s) => At(s.DecloakAt, TimerKind.Final, TimerCategory.Sovereignty, s.Place),
        ("OrbitalReinforced", Attack a) => At(a.ReinforcedUntil, TimerKind.Final, TimerCategory.CustomsOffice, a.Place with { StructureTypeId = 2233 }),
        ("SkyhookLostShields", StructureCountdown c) => At(c.VulnerableAt, TimerKind.Final, TimerCategory.Skyhook, c.Place with { StructureTypeId = 81080 }),
        ("MoonminingExtractionStarted", MoonExtraction m) => At(m.ReadyAt, TimerKind.MoonExtraction, TimerCategory.MoonMining, m.Place),
        ("MercenaryDenReinforced", Attack a) => At(a.ReinforcedUntil, TimerKind.Final, TimerCategory.MercenaryDen, a.Place with { StructureTypeId = 85230 }),
        ("StructureImpendingAbandonmentAssetsAtRisk", Abandonment a) => At(a.AbandonedAt(notificationTimestamp), TimerKind.Abandonment, TimerCategory.Upwell, a.Place),
        ("SovStructureSelfDestructRequested", SovereigntyEvent s) => At(s.DecloakAt, TimerKind.SelfDestruct, TimerCategory.Sovereignty, s.Place),
        ("MoonminingExtractionCancelled", _) => new TimerDecision(null, payload.Place.StructureId),
        _ => TimerDecision.None,
    };

    private static TimerDecision At(DateTime? endsAt, TimerKind kind, TimerCategory category, NotificationPlace place)
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
            StructureId = place.StructureId,
            StructureTypeId = place.StructureTypeId,
            StructureName = place.StructureName,
            SolarSystemId = place.SolarSystemId,
            PlanetId = place.PlanetId,
            MoonId = place.MoonId,
        }, null);
    }
}

public sealed record TimerDecision(StructureTimer? Add, long? CancelExtractionOf)
{
    public static TimerDecision None { get; } = new(null, null);
}
