using System.Globalization;
using Microsoft.Extensions.Localization;
using Structures.Core.Discord;
using Structures.Core.Notifications;

namespace Structures.Core.Timers.Announcements;

// The standing "upcoming timers" message: the next timers a webhook takes, soonest first, within Discord's limits.
// Its text depends only on the timers listed (countdowns are Discord timestamps), so it is edited only when a timer
// comes, changes or ends.
public static class UpcomingTimersMessage
{
    public const string Slot = "upcoming-timers";
    public const int MaxTimers = 20;
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(48);

    // Room for the closing line within Discord's 4,096 characters per description.
    private const int DescriptionBudget = 3900;

    // Written in the current UI culture's words: call it inside NotificationLanguage.Render.
    public static DiscordMessage Build(IReadOnlyList<AnnouncedTimer> timers, bool setAvatar, IStringLocalizer words)
    {
        var lines = new List<string>();
        var length = 0;
        foreach (var timer in timers.Take(MaxTimers))
        {
            var line = $"`{TimerText.Kind(words, timer.Kind)}` {TimerText.Subject(words, timer)} · {TimerText.When(words, timer.EndsAt)}";
            if (length + line.Length + 1 > DescriptionBudget)
            {
                break;
            }

            lines.Add(line);
            length += line.Length + 1;
        }

        if (timers.Count > lines.Count)
        {
            lines.Add(words["Upcoming.More", (timers.Count - lines.Count).ToString(CultureInfo.InvariantCulture)].Value);
        }

        return new DiscordMessage
        {
            Username = setAvatar ? "Timers" : null,
            Embeds =
            [
                new DiscordEmbed
                {
                    Title = words["Upcoming.Title"].Value,
                    Description = lines.Count == 0 ? words["Upcoming.None"].Value : string.Join('\n', lines),
                    Color = (int)NotificationColour.Info,
                    Footer = new DiscordEmbedFooter(words["Upcoming.Footer"].Value),
                },
            ],
        };
    }
}
