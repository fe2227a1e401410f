using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// Where a notification or a generated alert goes (aa-structures §3.3, §3.5): the webhooks of the one structure it is
// about, when that structure has its own, else the owner's; active ones whose type list names the type exactly.
public static class NotificationRoute
{
    private static readonly NotificationFamily[] StructureFamilies =
        [NotificationFamily.Upwell, NotificationFamily.MoonMining, NotificationFamily.CustomsOffice, NotificationFamily.Skyhook, NotificationFamily.Starbase];

    public static Structure? MatchStructure(RenderContext context, IReadOnlyList<Structure> ownerStructures)
    {
        if (!StructureFamilies.Contains(context.Info.Family))
        {
            return null;
        }

        // A text without the ID matches nothing, rather than every structure that lacks it too.
        var place = context.Place;
        return context.Notification.Type switch
        {
            "OrbitalAttacked" or "OrbitalReinforced" => place.PlanetId is { } planet
                ? ownerStructures.FirstOrDefault(s => s.Kind == StructureKind.CustomsOffice && s.PlanetId == planet) : null,
            "TowerAlertMsg" or "TowerResourceAlertMsg" => place.MoonId is { } moon
                ? ownerStructures.FirstOrDefault(s => s.Kind == StructureKind.Starbase && s.MoonId == moon) : null,
            _ => place.StructureId is { } id ? ownerStructures.FirstOrDefault(s => s.Id == id) : null,
        };
    }

    public static List<Webhook> Webhooks(RenderContext context, Structure? structure, IReadOnlyList<Webhook> ownerWebhooks) =>
        Webhooks(context.Notification.Type, context.Info.Family != NotificationFamily.Unknown, structure?.Webhooks ?? [], ownerWebhooks);

    // A type Structures cannot describe goes only to webhooks that ask for unknown types, with a generic message.
    public static List<Webhook> Webhooks(string type, bool isKnown, IReadOnlyList<Webhook> structureWebhooks, IReadOnlyList<Webhook> ownerWebhooks)
    {
        var candidates = structureWebhooks.Count > 0 ? structureWebhooks : ownerWebhooks;
        return candidates.Where(w => w.IsActive && (isKnown ? w.Types.Contains(type) : w.ForwardsUnknownTypes)).ToList();
    }
}
