using System.Globalization;
using Structures.Core.Discord;
using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Notifications.Rendering;

// Upwell structures, Metenox drills and jump gates.
internal static class UpwellRenderer
{
    public static RenderedNotification Render(RenderContext c)
    {
        if (c.Payload is ReinforcementChange change)
        {
            var hour = change.Hour?.ToString("00", CultureInfo.InvariantCulture) ?? "??";
            return new RenderedNotification(c.Title(), c.Say("StructuresReinforcementChanged.Text", change.StructureCount, c.OwnerLink, hour),
                c.Images.CorporationLogo(c.Owner.CorporationId));
        }

        var subject = Subject(c);
        var key = $"{c.Info.Name}.Text";
        var text = c.Payload switch
        {
            Attack attack => c.Say(key, subject, Attacker(c, attack.Attacker), Health(c, attack.HitPoints)),
            StructureCountdown countdown => c.Say(key, subject, c.When(countdown.EndsAt(c.Notification.Timestamp))),
            FuelAlert => c.Say(key, subject, FuelLeft(c)),
            ServicesOffline services => c.Say(key, subject, Services(c, services)),
            OwnershipTransfer transfer => c.Say(key, subject, c.CorporationLink(transfer.OldOwnerId), c.CorporationLink(transfer.NewOwnerId), c.CharacterLink(transfer.CharacterId)),
            Abandonment abandonment => c.Say(key, subject, c.When(abandonment.AbandonedAt(c.Notification.Timestamp)), abandonment.DaysLeft ?? 0),
            AssetSafety safety => c.Say(key, subject, c.When(safety.AvailableFrom), c.When(safety.DeliveredAt), c.Name(safety.StationId, c.Say("UnknownStation"))),
            ItemsDelivered delivered => c.Say(key, subject, c.CharacterLink(delivered.CharacterId), Items(c, delivered.Items)),
            StructureNotice notice => c.SayOr(key, "Upwell.Text", subject, c.CharacterLink(notice.CharacterId), notice.JobCount ?? 0),
            _ => c.SayOr(key, "Upwell.Text", subject),
        };
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(StructureType(c) ?? 35832));
    }

    // "The Astrahus **Batcave** in [1-PGSG](...) (Detorid) belonging to [Wayne Technologies](...)"
    public static string Subject(RenderContext c)
    {
        var name = (c.Structure?.Name ?? c.Place.StructureName) is { } chosen ? DiscordMarkdown.Escape(chosen) : c.Say("Unknown");
        return c.Say("Upwell.Subject", c.TypeName(StructureType(c)), name, c.SystemLink(), c.OwnerLink);
    }

    public static long? StructureType(RenderContext c) => c.Structure?.TypeId ?? c.Place.StructureTypeId;

    // The alliance when there is one, else the corporation, as ESI names them.
    internal static string Attacker(RenderContext c, Attacker attacker) =>
        attacker.AllianceName is { } alliance ? $"[{DiscordMarkdown.Escape(alliance)}]({Links.Dotlan("alliance", alliance)})"
        : attacker.CorporationName is { } corp ? $"[{DiscordMarkdown.Escape(corp)}]({Links.Dotlan("corp", corp)})"
        : c.Say("Unknown");

    public static string Health(RenderContext c, HitPoints? hitPoints) =>
        c.Say("Health", Percent(hitPoints?.Shield), Percent(hitPoints?.Armor), Percent(hitPoints?.Hull));

    public static string Percent(double? value) => (value ?? 0).ToString("0.0", CultureInfo.InvariantCulture);

    public static string FuelLeft(RenderContext c) =>
        c.Structure?.FuelExpiresAt is { } expires ? c.Say("FuelRunsOutAt", c.When(expires)) : c.Say("FuelRunsOutSoon");

    private static string Items(RenderContext c, IReadOnlyList<FuelQuantity> items) => items.Count == 0
        ? c.Say("NoItemsNamed")
        : string.Join('\n', items.Select(i => c.Say("ItemLine", c.Name(i.TypeId, c.Say("UnknownItem", i.TypeId)), i.Quantity.ToString("N0", CultureInfo.InvariantCulture))));

    private static string Services(RenderContext c, ServicesOffline services)
    {
        var names = services.ServiceTypeIds.Select(id => $"*{c.Name(id, c.Say("Service"))}*").ToList();
        return names.Count == 0 ? c.Say("NoServicesNamed") : string.Join('\n', names);
    }
}
