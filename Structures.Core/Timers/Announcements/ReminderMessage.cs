using Microsoft.Extensions.Localization;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications;

namespace Structures.Core.Timers.Announcements;

// The Discord post of one reminder. It pings as the webhook's default pings do: @here when the webhook (and the
// timer's owner) allow default pings, and the webhook's and owner's role mentions always.
public static class ReminderMessage
{
    // Written in the current UI culture's words: call it inside NotificationLanguage.Render. Durations are in the
    // language's units given its TimeWords, else English.
    public static DiscordMessage Build(DueReminder reminder, DateTime now, bool setAvatar, IStringLocalizer words, IStringLocalizer<TimeWords>? timeWords = null)
    {
        string Duration(TimeSpan span) => timeWords is null ? EveTimeText.Duration(span) : EveTimeText.Duration(span, timeWords);
        var (timer, webhook) = (reminder.Timer, reminder.Webhook);
        var embed = new DiscordEmbed
        {
            Title = words["Reminder.Title", TimerText.Kind(words, timer.Kind), Duration(timer.EndsAt - now)].Value,
            Description = words["Reminder.Text", TimerText.Subject(words, timer), TimerText.When(words, timer.EndsAt)].Value,
            Color = (int)NotificationColour.Warning,
            Fields = [new DiscordEmbedField(words["Reminder.Field"].Value, words["Reminder.Lead", Duration(reminder.Lead)].Value, Inline: true)],
            Footer = new DiscordEmbedFooter(words["Reminder.Footer"].Value),
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
