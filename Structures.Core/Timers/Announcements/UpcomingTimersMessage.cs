using System.Globalization;
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

    public static DiscordMessage Build(IReadOnlyList<AnnouncedTimer> timers, bool setAvatar)
    {
        var lines = new List<string>();
        var length = 0;
        foreach (var timer in timers.Take(MaxTimers))
        {
            var line = $"`{TimerText.Kind(timer.Kind)}` {TimerText.Subject(timer)} · {TimerText.When(timer.EndsAt)}";
            if (length + line.Length + 1 > DescriptionBudget)
            {
                break;
            }

            lines.Add(line);
            length += line.Length + 1;
        }

        if (timers.Count > lines.Count)
        {
            lines.Add($"… and {(timers.Count - lines.Count).ToString(CultureInfo.InvariantCulture)} more.");
        }

        return new DiscordMessage
        {
            Username = setAvatar ? "Timers" : null,
            Embeds =
            [
                new DiscordEmbed
                {
                    Title = "Upcoming timers, next 48 hours",
                    Description = lines.Count == 0 ? "No timers in the next 48 hours." : string.Join('\n', lines),
                    Color = (int)NotificationColour.Info,
                    Footer = new DiscordEmbedFooter("Structures · times in EVE time (UTC) · this message updates itself"),
                },
            ],
        };
    }
}
