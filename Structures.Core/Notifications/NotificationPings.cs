using Structures.Core.Discord;
using Structures.Core.Owners;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// Who a forwarded notification or generated alert pings. The default ping comes from the colour (danger @everyone,
// warning @here) or, for a generated alert, from its rule; the webhook's per-type choice replaces it, and either needs
// both the webhook and the owner to allow default pings. Role mentions of webhook, owner and the type's override
// always go along, and allowed_mentions names exactly what may ping.
public static class NotificationPings
{
    public static DiscordMessage Message(DiscordEmbed embed, string type, NotificationColour colour, Webhook webhook, Owner owner, bool setAvatar) =>
        Message(embed, type, ByColour(colour), webhook, owner, setAvatar);

    public static DiscordMessage Message(DiscordEmbed embed, string type, PingLevel defaultPing, Webhook webhook, Owner owner, bool setAvatar)
    {
        var choice = webhook.PingFor(type);
        var ping = choice.Level == PingLevel.Default ? defaultPing : choice.Level;
        var allowed = webhook.HasDefaultPingsEnabled && owner.HasDefaultPingsEnabled && ping is PingLevel.Everyone or PingLevel.Here;
        var roles = webhook.RoleIds.Concat(owner.PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(choice.RoleIds).Distinct().ToList();
        var mentions = (allowed ? [ping == PingLevel.Everyone ? "@everyone" : "@here"] : new List<string>()).Concat(roles.Select(r => $"<@&{r}>")).ToList();
        return new DiscordMessage
        {
            Username = setAvatar ? "Notifications" : null,
            Content = mentions.Count == 0 ? null : string.Join(' ', mentions),
            Embeds = [embed],
            AllowedMentions = new DiscordAllowedMentions(allowed ? ["everyone"] : [], roles),
        };
    }

    public static PingLevel ByColour(NotificationColour colour) => colour switch
    {
        NotificationColour.Danger => PingLevel.Everyone,
        NotificationColour.Warning => PingLevel.Here,
        _ => PingLevel.None,
    };
}
