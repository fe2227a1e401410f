using Structures.Core.Eve;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Core.Notifications.Rendering;

// Everything a renderer may use: the notification, its text, the owner, the structure if we know it, and names.
public sealed class RenderContext
{
    public required Notification Notification { get; init; }
    public required NotificationText Text { get; init; }
    public required NotificationTypeInfo Info { get; init; }
    public required Owner Owner { get; init; }
    public Structure? Structure { get; init; }
    public required IReadOnlyDictionary<long, string> Names { get; init; }
    public required IReadOnlyDictionary<long, EveSolarSystem> Systems { get; init; }
    public required DateTime Now { get; init; }
    public required EveImages Images { get; init; }

    public string Name(long? id, string unknown = "(unknown)") =>
        id is { } value && Names.TryGetValue(value, out var name) ? name : unknown;

    public string TypeName(long? typeId) => Name(typeId, "structure");

    public EveSolarSystem? System(long? id) => id is { } value ? Systems.GetValueOrDefault(value) : null;

    public long? SystemId => Text.FirstLong("solarSystemID", "solarsystemID") ?? Structure?.SolarSystemId;

    // "[Amamake](dotlan link) (Heimatar)"
    public string SystemLink(long? systemId = null)
    {
        var system = System(systemId ?? SystemId);
        return system is null ? "(unknown system)" : $"[{system.Name}]({Links.Dotlan("system", system.Name)}) ({system.RegionName})";
    }

    public string CorporationLink(long? id) => id is null ? "(unknown)" : $"[{Name(id)}]({Links.Dotlan("corp", Name(id))})";

    public string AllianceLink(long? id) => id is null ? "(unknown)" : $"[{Name(id)}]({Links.Dotlan("alliance", Name(id))})";

    public string CharacterLink(long? id) => id is null ? "(unknown)" : $"[{Name(id)}]({Links.EveWho("character", id.Value)})";

    public string OwnerLink => $"[{Owner.CorporationName}]({Links.Dotlan("corp", Owner.CorporationName)})";

    // EVE time is UTC: "**2019-Oct-06 14:51** EVE (in 2d 1h)".
    public string When(DateTime? at) => at is { } value ? EveTimeText.Bold(value, Now) : "(unknown time)";
}
