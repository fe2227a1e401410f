using System.Globalization;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;

namespace Structures.Core.Notifications;

// What a notification is about, for a list: its title as the English Discord message has it, the structure, the
// system and who attacked, from the notification as the renderer reads it (names as EVE writes them, not escaped).
public sealed record NotificationSummary(string Title, string? StructureName, string? StructureType, string? SystemName, string? RegionName, NotificationAttacker? Attacker)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(NotificationLanguage.English);

    // A notification whose text could not be read is known by its type alone.
    public static NotificationSummary Unread(string type) => new(type, null, null, null, null, null);

    // subject: the owner's structure it is about, when known (customs offices and starbases are found by place).
    public static NotificationSummary From(RenderContext context, Structure? subject)
    {
        var structure = subject ?? context.Structure;
        var system = context.System(context.SystemId ?? structure?.SolarSystemId);
        var attacker = context.Payload is Attack attack ? NotificationAttacker.From(attack.Attacker, id => Named(context, id)) : null;
        return new NotificationSummary(
            NotificationRenderer.Words(context, English).Title,
            structure?.Name ?? context.Place.StructureName,
            Named(context, structure?.TypeId) ?? Named(context, context.Place.StructureTypeId),
            system?.Name,
            system?.RegionName,
            attacker);
    }

    // Null when its words will not render: forwarding tells what that throws, a list shows the type instead.
    public static NotificationSummary? TryFrom(RenderContext context, Structure? subject)
    {
        try
        {
            return From(context, subject);
        }
        catch (Exception)
        {
            return null;
        }
    }

    // Lower-cased, what a search matches: every name above (the type is searched in its own column).
    public string SearchText => string.Join('\n', new[]
    {
        Title, StructureName, StructureType, SystemName, RegionName, Attacker?.Character, Attacker?.Corporation, Attacker?.Alliance,
    }.OfType<string>()).ToLowerInvariant();

    private static string? Named(RenderContext context, long? id) => id is { } value ? context.Names.GetValueOrDefault(value) : null;
}

public sealed record NotificationAttacker(string? Character, string? Corporation, string? Alliance)
{
    // Orbital texts give only IDs: those are named from what name resolution knows. Null when nothing is known.
    public static NotificationAttacker? From(Attacker attacker, Func<long?, string?> named)
    {
        var known = new NotificationAttacker(named(attacker.CharacterId), attacker.CorporationName ?? named(attacker.CorporationId), attacker.AllianceName ?? named(attacker.AllianceId));
        return known is { Character: null, Corporation: null, Alliance: null } ? null : known;
    }
}
