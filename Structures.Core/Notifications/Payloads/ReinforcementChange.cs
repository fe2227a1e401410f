using System.Globalization;

namespace Structures.Core.Notifications.Payloads;

// A new reinforcement hour for several structures at once: allStructureInfo rows are [structureID, name, typeID].
public sealed record ReinforcementChange(IReadOnlyList<long> StructureIds, long StructureCount, long? Hour, long? Weekday)
    : NotificationPayload(NotificationPlace.Nowhere)
{
    internal static ReinforcementChange From(NotificationText t)
    {
        var ids = t.Rows("allStructureInfo")
            .Select(row => row.Count > 0 && long.TryParse(row[0], CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
            .OfType<long>().ToList();
        return new ReinforcementChange(ids, t.GetLong("numStructures") ?? ids.Count, t.GetLong("hour"), t.GetLong("weekday"));
    }
}
