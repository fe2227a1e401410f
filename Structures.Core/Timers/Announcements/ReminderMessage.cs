using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications;

namespace Structures.Core.Timers.Announcements;

// The Discord post of one reminder. It pings as the webhook's default pings do: @here when the webhook (and the
// timer's owner) allow default pings, and the webhook's and owner's role mentions always.
public static class ReminderMessage
{
    public static DiscordMessage Build(DueReminder reminder, DateTime now, bool setAvatar)
    {
        var (timer, webhook) = (reminder.Timer, reminder.Webhook);
        var embed = new DiscordEmbed
        {
            Title = $"{TimerText.Kind(timer.Kind)} timer in {EveTimeText.Duration(timer.EndsAt - now)}",
            Description = $"{TimerText.Subject(timer)}\nends {TimerText.When(timer.EndsAt)}.",
            Color = (int)NotificationColour.Warning,
            Fields = [new DiscordEmbedField("Reminder", $"{EveTimeText.Duration(reminder.Lead)} before the timer", Inline: true)],
            Footer = new DiscordEmbedFooter("Structures · timer reminder"),
            Timestamp = now,
        };
        var here = webhook.HasDefaultPingsEnabled && timer.OwnerAllowsPings;
        var roles = (webhook.RoleIds ?? []).Concat(timer.OwnerRoleIds ?? []).Distinct().ToList();
        var mentions = (here ? ["@here"] : new List<string>()).Concat(roles.Select(r => $"<@&{r}>")).ToList();
        return new DiscordMessage
        {
            Username = setAvatar ? "Timers" : null,
            Content = mentions.Count == 0 ? null : string.Join(' ', mentions),
            Embeds = [embed],
            AllowedMentions = new DiscordAllowedMentions(here ? ["everyone"] : [], roles),
        };
    }
}
