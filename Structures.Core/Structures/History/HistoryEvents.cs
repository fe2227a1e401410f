using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Timers;

namespace Structures.Core.Structures.History;

// Which notifications belong in a structure's history, and what each says: an attack with what was left of the
// structure and who shot, a reinforcement with its timer, or a change of state.
public static class HistoryEvents
{
    private static readonly Dictionary<string, HistoryEventKind> Kinds = new(StringComparer.Ordinal)
    {
        ["StructureUnderAttack"] = HistoryEventKind.Attack,
        ["SkyhookUnderAttack"] = HistoryEventKind.Attack,
        ["OrbitalAttacked"] = HistoryEventKind.Attack,
        ["TowerAlertMsg"] = HistoryEventKind.Attack,
        ["MercenaryDenAttacked"] = HistoryEventKind.Attack,
        ["StructureLostShields"] = HistoryEventKind.Reinforced,
        ["StructureLostArmor"] = HistoryEventKind.Reinforced,
        ["OrbitalReinforced"] = HistoryEventKind.Reinforced,
        ["SkyhookLostShields"] = HistoryEventKind.Reinforced,
        ["MercenaryDenReinforced"] = HistoryEventKind.Reinforced,
        ["StructureDestroyed"] = HistoryEventKind.Destroyed,
        ["SkyhookDestroyed"] = HistoryEventKind.Destroyed,
        ["StructureWentLowPower"] = HistoryEventKind.LowPower,
        ["StructureWentHighPower"] = HistoryEventKind.HighPower,
        ["StructureServicesOffline"] = HistoryEventKind.ServicesOffline,
        ["StructureAnchoring"] = HistoryEventKind.Anchoring,
        ["SkyhookDeployed"] = HistoryEventKind.Anchoring,
        ["StructureUnanchoring"] = HistoryEventKind.Unanchoring,
        ["StructureOnline"] = HistoryEventKind.Online,
        ["SkyhookOnline"] = HistoryEventKind.Online,
        ["StructureFuelAlert"] = HistoryEventKind.Fuel,
        ["TowerResourceAlertMsg"] = HistoryEventKind.Fuel,
        ["StructureLowReagentsAlert"] = HistoryEventKind.Fuel,
        ["StructureNoReagentsAlert"] = HistoryEventKind.Fuel,
        ["StructureImpendingAbandonmentAssetsAtRisk"] = HistoryEventKind.Abandonment,
    };

    public static IReadOnlyCollection<string> Types => Kinds.Keys;

    // Null for a notification that is no part of a structure's history.
    public static StructureHistoryEvent? Read(Notification row)
    {
        if (!Kinds.TryGetValue(row.Type.Trim(), out var kind))
        {
            return null;
        }

        var parsed = ParsedNotification.Parse(row);
        var attack = parsed.Payload as Attack;
        return new StructureHistoryEvent(
            row.Id, row.NotificationId, row.Timestamp, parsed.Type.Trim(), kind, attack?.HitPoints,
            attack is null ? null : HistoryAttacker.From(attack.Attacker), parsed.Payload is { } payload ? TimerEnd(parsed.Type.Trim(), row.Timestamp, payload) : null);
    }

    // The timer the notification starts: a reinforcement's end, or when anchoring or unanchoring finishes.
    private static DateTime? TimerEnd(string type, DateTime timestamp, NotificationPayload payload) =>
        TimerExtractor.Decide(type, timestamp, payload).Add?.EndsAt
        ?? (payload is StructureCountdown countdown && type is "StructureAnchoring" or "StructureUnanchoring" ? countdown.EndsAt(timestamp) : null);
}

public enum HistoryEventKind
{
    Attack,
    Reinforced,
    Destroyed,
    LowPower,
    HighPower,
    ServicesOffline,
    Anchoring,
    Unanchoring,
    Online,
    Fuel,
    Abandonment,
}
