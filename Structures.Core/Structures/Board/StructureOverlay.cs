namespace Structures.Core.Structures.Board;

// What the notifications stored since a structure's last sync say about it, which ESI's cached answer cannot show yet.
// A newer sync replaces it. Until: when the state ends by itself (an attack's quiet period, a reinforcement timer),
// so a page that has not read again since still stops showing it.
public sealed record StructureOverlay(
    OverlayState State,
    DateTime NotifiedAt,
    string NotificationType,
    DateTime? TimerEndsAt,
    AttackReport? Attack,
    DateTime? Until = null)
{
    public bool HoldsAt(DateTime now) => Until is not { } until || now < until;
}

// The latest attack report: hit points left in percent and who attacked, where the notification names them.
public sealed record AttackReport(
    DateTime At,
    double? ShieldPercent,
    double? ArmorPercent,
    double? HullPercent,
    long? AttackerCharacterId,
    string? AttackerName,
    long? AttackerCorporationId,
    string? AttackerCorporationName,
    long? AttackerAllianceId,
    string? AttackerAllianceName);

public enum OverlayState
{
    UnderAttack,
    Reinforced,
    Destroyed,
    LowPower,
    ServicesOffline,
    LowFuel,
    Anchoring,
    Unanchoring,
    Online,
}
