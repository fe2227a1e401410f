using Structures.Core.Discord;
using Structures.Core.Owners;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// Who a forwarded notification pings. Default pings follow the colour (danger @everyone, warning @here) unless the
// webhook overrides the type, and need both the webhook and the owner to allow them. Role mentions of webhook and
// owner always go along, and allowed_mentions names exactly what may ping.
public static class NotificationPings
{
    public static DiscordMessage Message(DiscordEmbed embed, string type, NotificationColour colour, Webhook webhook, Owner owner, bool setAvatar)
    {
        var byColour = colour switch
        {
            NotificationColour.Danger => "everyone",
            NotificationColour.Warning => "here",
            _ => "none",
        };
        var ping = webhook.PingFor(type) ?? byColour;
        var allowed = webhook.HasDefaultPingsEnabled && owner.HasDefaultPingsEnabled && ping is "everyone" or "here";
        var roles = webhook.RoleIds.Concat(owner.PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct().ToList();
        var mentions = (allowed ? [$"@{ping}"] : new List<string>()).Concat(roles.Select(r => $"<@&{r}>")).ToList();
        return new DiscordMessage
        {
            Username = setAvatar ? "Notifications" : null,
            Content = mentions.Count == 0 ? null : string.Join(' ', mentions),
            Embeds = [embed],
            AllowedMentions = new DiscordAllowedMentions(allowed ? ["everyone"] : [], roles),
        };
    }
}
