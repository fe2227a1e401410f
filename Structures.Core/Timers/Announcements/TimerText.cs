using Structures.Core.Discord;
using Structures.Core.Notifications.Rendering;

namespace Structures.Core.Timers.Announcements;

// How a timer reads in Discord: what ends, where, whose, and when in EVE time. Discord's own timestamp markup
// (NotificationTime) shows the local time and the countdown in each reader's client, so a message never needs editing just because time passed.
public static class TimerText
{
    public static string Kind(TimerKind kind) => kind switch
    {
        TimerKind.Armor => "Armor",
        TimerKind.Hull => "Hull",
        TimerKind.Final => "Final",
        TimerKind.MoonExtraction => "Moon extraction",
        TimerKind.Abandonment => "Abandonment",
        TimerKind.SelfDestruct => "Self-destruct",
        _ => kind.ToString(),
    };

    public static string Subject(AnnouncedTimer timer)
    {
        var system = timer.SystemName == "?" ? "unknown system" : $"[{timer.SystemName}]({Links.Dotlan("system", timer.SystemName)})";
        var region = timer.RegionName is { Length: > 0 } name ? $" ({name})" : "";
        var owner = timer.OwnerName.Length > 0 ? $" · {DiscordMarkdown.Escape(timer.OwnerName)}" : "";
        return $"**{DiscordMarkdown.Escape(timer.StructureName)}** in {system}{region}{owner}";
    }

    public static string When(DateTime endsAt) => NotificationTime.When(endsAt);
}
