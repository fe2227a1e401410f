using Structures.Core.Eve;
using Structures.Core.Timers.Announcements;

namespace Structures.Core.Timers;

// A timer as one line for fleet comms, to paste into a ping or fleet chat:
// "[Armor] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE".
public static class TimerCommsLine
{
    public static string Of(TimerBoardRow row) => Of(row.Kind, row.SystemName, row.StructureName, row.StructureType, row.EndsAt);

    public static string Of(TimerKind kind, string systemName, string structureName, string? structureType, DateTime endsAt) =>
        $"{Subject(kind, systemName, structureName, structureType)} – {EveTimeText.Date(endsAt)} EVE";

    // What ends where, without the time: "[Armor] 1-PGSG – Applied Sciences (Raitaru)".
    public static string Subject(TimerBoardRow row) => Subject(row.Kind, row.SystemName, row.StructureName, row.StructureType);

    private static string Subject(TimerKind kind, string systemName, string structureName, string? structureType)
    {
        var system = systemName is "" or "?" ? "unknown system" : systemName;
        var structure = string.IsNullOrWhiteSpace(structureName) ? "(unknown)" : structureName;
        var type = string.IsNullOrWhiteSpace(structureType) || structureType == "?" ? "" : $" ({structureType})";
        return $"[{TimerText.Kind(kind)}] {system} – {structure}{type}";
    }
}
