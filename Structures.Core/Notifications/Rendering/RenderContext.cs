using Microsoft.Extensions.Localization;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Core.Notifications.Rendering;

// Everything a renderer may use: the notification, its understood text, the owner, the structure if we know it,
// names, and the words of the language being written.
public sealed class RenderContext
{
    public required Notification Notification { get; init; }
    public required NotificationPayload Payload { get; init; }
    public required NotificationTypeInfo Info { get; init; }
    public required Owner Owner { get; init; }
    public Structure? Structure { get; init; }
    public required IReadOnlyDictionary<long, string> Names { get; init; }
    public required IReadOnlyDictionary<long, EveSolarSystem> Systems { get; init; }
    public required DateTime Now { get; init; }
    public required EveImages Images { get; init; }
    public required IStringLocalizer Words { get; init; }

    // Structures:Notifications:ShowMoonOre: moon notifications list the chunk's ores.
    public bool ShowsMoonOre { get; init; } = true;

    // The systems where the owner's alliance holds sovereignty, of those the notifications name.
    public IReadOnlySet<long> SovereigntySystemIds { get; init; } = new HashSet<long>();

    public NotificationPlace Place => Payload.Place;

    public bool HoldsSovereignty(long? systemId) =>
        systemId is { } id && SovereigntySystemIds.Contains(id) && System(id)?.SpaceType == SpaceType.NullSec;

    public string Say(string key, params object[] arguments) => Words[key, arguments];

    // The type's own sentence, or the family's general one when the type has none.
    public string SayOr(string key, string fallbackKey, params object[] arguments) =>
        Words[key, arguments] is { ResourceNotFound: false } said ? said : Words[fallbackKey, arguments];

    public string Title(params object[] arguments) => Say($"{Info.Name}.Title", arguments);

    // Names from EVE are chosen by players: they are escaped wherever they are shown, never in the links built here.
    public string Name(long? id, string? unknown = null) =>
        id is { } value && Names.TryGetValue(value, out var name) ? DiscordMarkdown.Escape(name) : unknown ?? Say("Unknown");

    private string RawName(long? id) => id is { } value && Names.TryGetValue(value, out var name) ? name : Say("Unknown");

    public string TypeName(long? typeId) => Name(typeId, Say("Structure"));

    public EveSolarSystem? System(long? id) => id is { } value ? Systems.GetValueOrDefault(value) : null;

    public long? SystemId => Place.SolarSystemId ?? Structure?.SolarSystemId;

    // "[Amamake](dotlan link) (Heimatar)"
    public string SystemLink(long? systemId = null)
    {
        var system = System(systemId ?? SystemId);
        return system is null ? Say("UnknownSystem") : $"[{system.Name}]({Links.Dotlan("system", system.Name)}) ({system.RegionName})";
    }

    public string CorporationLink(long? id) => id is null ? Say("Unknown") : $"[{Name(id)}]({Links.Dotlan("corp", RawName(id))})";

    public string AllianceLink(long? id) => id is null ? Say("Unknown") : $"[{Name(id)}]({Links.Dotlan("alliance", RawName(id))})";

    public string CharacterLink(long? id) => id is null ? Say("Unknown") : $"[{Name(id)}]({Links.EveWho("character", id.Value)})";

    public string OwnerLink => $"[{DiscordMarkdown.Escape(Owner.CorporationName)}]({Links.Dotlan("corp", Owner.CorporationName)})";

    // EVE time is UTC: "**2019.10.06 14:51** EVE (in 2d 1h)".
    public string When(DateTime? at) => at is { } value ? NotificationTime.When(Words, value) : Say("UnknownTime");
}
