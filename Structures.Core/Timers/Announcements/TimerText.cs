using Microsoft.Extensions.Localization;
using Structures.Core.Discord;
using Structures.Core.Notifications.Rendering;

namespace Structures.Core.Timers.Announcements;

// How a timer reads in Discord: what ends, where, whose, and when in EVE time. Discord's own timestamp markup
// (NotificationTime) shows the local time and the countdown in each reader's client, so a message never needs editing just because time passed.
public static class TimerText
{
    // The kind as the app's own pages and copied lines name it, in English.
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

    // The kind in the words of the message's language (TimerWords "Kind.<kind>").
    public static string Kind(IStringLocalizer words, TimerKind kind) => words[$"Kind.{kind}"].Value;

    public static string Subject(IStringLocalizer words, AnnouncedTimer timer)
    {
        var system = timer.SystemName == "?" ? words["UnknownSystem"].Value : $"[{timer.SystemName}]({Links.Dotlan("system", timer.SystemName)})";
        var region = timer.RegionName is { Length: > 0 } name ? $" ({name})" : "";
        var owner = timer.OwnerName.Length > 0 ? $" · {DiscordMarkdown.Escape(timer.OwnerName)}" : "";
        return words["Subject", DiscordMarkdown.Escape(timer.StructureName), system + region].Value + owner;
    }

    public static string When(IStringLocalizer words, DateTime endsAt) => NotificationTime.When(words, endsAt);
}
