using System.Globalization;

namespace Structures.Core.Notifications.Payloads;

// A moon drill's extraction: who started, cancelled or fired it (startedBy, cancelledBy, firedBy), when the
// chunk is ready and fractures by itself, and the ore it holds in m³ by type (oreVolumeByType).
public sealed record MoonExtraction(
    NotificationPlace Place,
    long? CharacterId,
    DateTime? ReadyAt,
    DateTime? AutoFractureAt,
    IReadOnlyDictionary<long, double> OreVolumes) : NotificationPayload(Place)
{
    internal static MoonExtraction From(NotificationText t) => new(
        NotificationPlace.From(t),
        t.FirstLong("startedBy", "cancelledBy", "firedBy"),
        t.GetFileTime("readyTime"),
        t.GetFileTime("autoTime"),
        t.Map("oreVolumeByType")
            .Where(kv => long.TryParse(kv.Key, CultureInfo.InvariantCulture, out _))
            .ToDictionary(
                kv => long.Parse(kv.Key, CultureInfo.InvariantCulture),
                kv => double.TryParse(kv.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var volume) ? volume : 0));
}
