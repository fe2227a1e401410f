namespace Structures.Core.Notifications.Payloads;

// Someone shooting a structure, skyhook, customs office, starbase or mercenary den, what is left of it,
// and when a reinforced one comes out.
public sealed record Attack(NotificationPlace Place, Attacker Attacker, HitPoints? HitPoints = null, DateTime? ReinforcedUntil = null)
    : NotificationPayload(Place)
{
    internal static Attack FromUpwell(NotificationText t) => new(
        NotificationPlace.From(t),
        new Attacker(t.GetLong("allianceID"), t.GetText("allianceName"), LastId(t.Longs("corpLinkData")), t.GetText("corpName"), t.GetLong("charID")),
        new HitPoints(t.GetDouble("shieldPercentage"), t.GetDouble("armorPercentage"), t.GetDouble("hullPercentage")));

    internal static Attack FromOrbital(NotificationText t) => new(
        NotificationPlace.From(t),
        new Attacker(t.GetLong("aggressorAllianceID"), null, t.GetLong("aggressorCorpID"), null, t.GetLong("aggressorID")),
        HitPoints.FromFractions(t.GetDouble("shieldLevel") ?? t.GetDouble("shieldValue"), t.GetDouble("armorValue"), t.GetDouble("hullValue")),
        t.GetFileTime("reinforceExitTime"));

    internal static Attack FromMercenaryDen(NotificationText t) => new(
        NotificationPlace.From(t),
        Attacker.Unknown with { CharacterId = t.GetLong("aggressorCharacterID") },
        ReinforcedUntil: t.GetFileTime("timestampExited"));

    // A showinfo link ends with the ID it shows: [showinfo, 2, 98000001].
    private static long? LastId(IReadOnlyList<long> link) => link.Count > 0 ? link[^1] : null;
}
