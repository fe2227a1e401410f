using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Structures.Board;

// What one stored notification says about its structure's state, read from its payload; null for types that say
// nothing about it (moon mining, bills, wars...).
public sealed record OverlayFact(OverlayState State, DateTime At, string Type, DateTime? TimerEndsAt = null, AttackReport? Attack = null)
{
    // The types that can change what the board shows, to query only those.
    public static readonly IReadOnlyList<string> Types =
    [
        "StructureUnderAttack", "OrbitalAttacked", "TowerAlertMsg", "SkyhookUnderAttack", "MercenaryDenAttacked",
        "StructureLostShields", "StructureLostArmor", "OrbitalReinforced", "SkyhookLostShields", "MercenaryDenReinforced",
        "StructureDestroyed", "SkyhookDestroyed", "StructureWentLowPower", "StructureWentHighPower", "StructureOnline", "SkyhookOnline",
        "StructureServicesOffline", "StructureFuelAlert", "TowerResourceAlertMsg", "StructureAnchoring", "SkyhookDeployed", "StructureUnanchoring",
    ];

    public static OverlayFact? From(string type, DateTime at, NotificationPayload? payload) => (type, payload) switch
    {
        ("StructureUnderAttack" or "OrbitalAttacked" or "TowerAlertMsg" or "SkyhookUnderAttack" or "MercenaryDenAttacked", Attack a) =>
            new(OverlayState.UnderAttack, at, type, null, Report(at, a)),
        ("StructureLostShields" or "StructureLostArmor", StructureCountdown c) => new(OverlayState.Reinforced, at, type, c.EndsAt(at)),
        ("SkyhookLostShields", StructureCountdown c) => new(OverlayState.Reinforced, at, type, c.VulnerableAt ?? c.EndsAt(at)),
        ("OrbitalReinforced" or "MercenaryDenReinforced", Attack a) => new(OverlayState.Reinforced, at, type, a.ReinforcedUntil, Report(at, a)),
        ("StructureDestroyed" or "SkyhookDestroyed", _) => new(OverlayState.Destroyed, at, type),
        ("StructureWentLowPower", _) => new(OverlayState.LowPower, at, type),
        ("StructureWentHighPower" or "StructureOnline" or "SkyhookOnline", _) => new(OverlayState.Online, at, type),
        ("StructureServicesOffline", _) => new(OverlayState.ServicesOffline, at, type),
        ("StructureFuelAlert" or "TowerResourceAlertMsg", _) => new(OverlayState.LowFuel, at, type),
        ("StructureAnchoring" or "SkyhookDeployed", StructureCountdown c) => new(OverlayState.Anchoring, at, type, c.EndsAt(at) ?? c.VulnerableAt),
        ("StructureUnanchoring", StructureCountdown c) => new(OverlayState.Unanchoring, at, type, c.EndsAt(at)),
        _ => null,
    };

    private static AttackReport? Report(DateTime at, Attack attack) => attack.HitPoints is null && attack.Attacker == Attacker.Unknown
        ? null
        : new AttackReport(at, attack.HitPoints?.Shield, attack.HitPoints?.Armor, attack.HitPoints?.Hull, attack.Attacker.CharacterId, null,
            attack.Attacker.CorporationId, attack.Attacker.CorporationName, attack.Attacker.AllianceId, attack.Attacker.AllianceName);
}
