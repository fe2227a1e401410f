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
        Ores(t.Map("oreVolumeByType")));

    // Keys such as "1" and "01" name one type: the last one counts. Volumes that are no finite number read as 0.
    private static Dictionary<long, double> Ores(Dictionary<string, string> volumes)
    {
        var ores = new Dictionary<long, double>();
        foreach (var (key, value) in volumes)
        {
            if (long.TryParse(key, CultureInfo.InvariantCulture, out var typeId))
            {
                ores[typeId] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var volume) && double.IsFinite(volume) ? volume : 0;
            }
        }

        return ores;
    }
}
