using System.Globalization;
using Structures.Core.Discord;
using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Notifications.Rendering;

// Sovereignty, billing, corporation membership and projects, and war: about organisations more than structures.
// Every type of a family gets the same arguments, so a translation may use any of them in any order.
internal static class OrganisationRenderer
{
    public static RenderedNotification Sovereignty(RenderContext c)
    {
        var sov = c.Payload as SovereigntyEvent;
        var typeId = sov?.StructureTypeId;
        var type = typeId is null ? c.Say("OtherSovereigntyStructure") : c.TypeName(typeId);
        var title = c.Title(type, c.System(c.SystemId)?.Name ?? c.Say("UnknownSystem"));
        var text = c.SayOr($"{c.Info.Name}.Text", "Sovereignty.Text",
            type, c.SystemLink(), c.AllianceLink(sov?.AllianceId), c.CorporationLink(sov?.CorporationId), c.When(sov?.DecloakAt));
        return new RenderedNotification(title, text, c.Images.TypeIcon(typeId ?? SovereigntyEvent.TerritorialClaimUnit), AsAlliance: c.Info.IsAllianceLevel);
    }

    public static RenderedNotification Billing(RenderContext c)
    {
        var bill = c.Payload as Bill;
        var title = c.Title(c.TypeName(c.Place.StructureTypeId));
        var amount = (bill?.Amount ?? 0).ToString("N0", CultureInfo.InvariantCulture);
        var station = bill?.StationName is { } name ? DiscordMarkdown.Escape(name) : c.Say("Unknown");
        var text = c.SayOr($"{c.Info.Name}.Text", "Billing.Text", c.OwnerLink, c.When(bill?.DueAt), c.SystemLink(), amount, station, bill?.DaysLeft ?? 0);
        return new RenderedNotification(title, text, c.Images.CorporationLogo(c.Owner.CorporationId), AsAlliance: c.Info.IsAllianceLevel);
    }

    public static RenderedNotification Membership(RenderContext c)
    {
        var member = c.Payload as Membership;
        var corporation = member?.CorporationId ?? c.Owner.CorporationId;
        var title = c.Title(c.Name(member?.CharacterId), c.Name(corporation));
        var sentence = c.SayOr($"{c.Info.Name}.Text", "Membership.Text",
            c.CharacterLink(member?.CharacterId), c.CorporationLink(corporation), c.CharacterLink(member?.InvitedById));
        var text = sentence + (member?.ApplicationText is { Length: > 0 } application ? $"\n> {DiscordMarkdown.Escape(application)}" : "");
        return new RenderedNotification(title, text, member?.CharacterId is { } id ? c.Images.CharacterPortrait(id) : null);
    }

    public static RenderedNotification Projects(RenderContext c)
    {
        var goal = c.Payload as CorporationGoal;
        var text = c.SayOr($"{c.Info.Name}.Text", "Project.Text",
            goal?.Name is { } project ? DiscordMarkdown.Escape(project) : c.Say("UnnamedProject"), c.CharacterLink(goal?.CreatorId), c.OwnerLink, c.CharacterLink(goal?.ClosedById));
        return new RenderedNotification(c.Title(), text, c.Images.CorporationLogo(c.Owner.CorporationId));
    }

    public static RenderedNotification War(RenderContext c)
    {
        var war = c.Payload as WarNotice;
        var declarer = war?.DeclarerId;
        var target = war?.TargetId;
        var title = c.Title(c.Name(declarer), c.Name(target), c.Name(war?.AllianceId), c.Name(war?.OpponentId ?? target),
            c.Name(war?.AgainstId), c.Name(war?.SurrenderOfferedById), c.Name(war?.MercenaryId), war?.WarHeadquarters is { } headquarters ? DiscordMarkdown.Escape(headquarters) : c.Say("Unknown"));
        var arguments = new object[] { Link(c, declarer), Link(c, target), c.When(war?.FightingStartsAt(c.Notification.Timestamp)), title, c.OwnerLink, c.When(war?.EndsAt) };
        var text = c.SayOr($"{c.Info.Name}.Text", target is null ? "War.Update" : "War.Text", arguments);
        return new RenderedNotification(title, text, declarer is { } id ? c.Images.CorporationLogo(id) : null, AsAlliance: c.Info.IsAllianceLevel);
    }

    // A type nobody taught us: its name in words, forwarded only to webhooks that ask for unknown types.
    public static RenderedNotification Unknown(RenderContext c)
    {
        var type = c.Notification.Type;
        var words = string.Concat(type.Select((ch, i) => i > 0 && char.IsUpper(ch) && !char.IsUpper(type[i - 1]) ? $" {ch}" : $"{ch}"));
        return new RenderedNotification(words, c.Say("Unknown.Text", c.OwnerLink, type));
    }

    private static string Link(RenderContext c, long? id) =>
        id is { } value && value is >= 99_000_000 and < 100_000_000 ? c.AllianceLink(value) : c.CorporationLink(id);
}
