using System.Globalization;
using Structures.Core.Discord;

namespace Structures.Core.Notifications.Rendering;

// Turns a notification into a Discord embed: the family's words inside the frame every message shares.
public static class NotificationRenderer
{
    public static RenderedNotification Words(RenderContext context, CultureInfo culture) => NotificationLanguage.Render(culture, () => FamilyWords(context));

    // The same notification reads differently per webhook: it is rendered in each webhook's language. One sent again
    // by an admin says so in its title, so nobody takes it for a new event.
    public static DiscordEmbed Embed(RenderContext context, CultureInfo culture, bool resent = false) =>
        NotificationLanguage.Render(culture, () => Frame(context, resent));

    private static RenderedNotification FamilyWords(RenderContext context) => context.Info.Family switch
    {
        NotificationFamily.Upwell => UpwellRenderer.Render(context),
        NotificationFamily.MoonMining => OrbitalRenderer.Moon(context),
        NotificationFamily.CustomsOffice => OrbitalRenderer.CustomsOffice(context),
        NotificationFamily.Skyhook => OrbitalRenderer.Skyhook(context),
        NotificationFamily.Starbase => OrbitalRenderer.Starbase(context),
        NotificationFamily.MercenaryDen => OrbitalRenderer.MercenaryDen(context),
        NotificationFamily.Sovereignty => OrganisationRenderer.Sovereignty(context),
        NotificationFamily.Billing => OrganisationRenderer.Billing(context),
        NotificationFamily.CorporationMembership => OrganisationRenderer.Membership(context),
        NotificationFamily.CorporationProjects => OrganisationRenderer.Projects(context),
        NotificationFamily.War => OrganisationRenderer.War(context),
        _ => OrganisationRenderer.Unknown(context),
    };

    private static DiscordEmbed Frame(RenderContext context, bool resent)
    {
        var words = FamilyWords(context);
        var owner = context.Owner;
        var asAlliance = words.AsAlliance && owner.AllianceId is not null;
        var author = asAlliance
            ? new DiscordEmbedAuthor(owner.AllianceName ?? context.Say("Alliance"), null, context.Images.AllianceLogo(owner.AllianceId!.Value))
            : new DiscordEmbedAuthor(owner.CorporationName, null, context.Images.CorporationLogo(owner.CorporationId));
        return new DiscordEmbed
        {
            Author = author,
            Title = resent ? context.Say("Resent", words.Title) : words.Title,
            Description = words.Description,
            Color = (int)context.Info.Colour,
            Thumbnail = words.ThumbnailUrl is { } url ? new DiscordEmbedImage(url) : null,
            Footer = new DiscordEmbedFooter("Eve Online", context.Images.TypeIcon(35832, 32)),
            // Stored instants come back from SQLite without a kind; Discord must read them as UTC.
            Timestamp = DateTime.SpecifyKind(context.Notification.Timestamp, DateTimeKind.Utc),
        };
    }

    // The app's own alert types never come from ESI: one that does is told as an unknown type, since their words
    // need figures only the app has.
    public static NotificationTypeInfo InfoFor(string type) =>
        NotificationTypes.Find(type) is { IsGenerated: false } info ? info : new NotificationTypeInfo(type, NotificationFamily.Unknown, NotificationColour.Info);
}
