using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "Structures:Notifications";

    // Notifications older than this are neither forwarded nor turned into timers.
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(24);

    // Attacks by NPC corporations (other than the starter corporations) are reported too.
    public bool ReportNpcAttacks { get; set; } = true;

    // Language of timers, customs office names and admin notices, and of webhooks that name none.
    [RegularExpression("^(en|de|ru|zh-[Hh]ans|es|ko|fr)$", ErrorMessage = "Structures:Notifications:DefaultLanguage is one of en, de, ru, zh-Hans, es, ko, fr.")]
    public string DefaultLanguage { get; set; } = "en";

    // Messages are sent as "Notifications" with the app's avatar; moon notifications list their ores.
    public bool SetAvatar { get; set; } = true;
    public bool ShowMoonOre { get; set; } = true;

    // Before the first fetch, the alert path is run once on stand-ins and rolled back (AlertPathRehearsal), so the
    // first real alert after a start does not wait for code and queries to compile; then each active webhook is looked
    // up in Discord (WebhookLookup), which opens the connection and finds webhooks deleted while the app was down.
    public bool RehearseAtStart { get; set; } = true;

    // Refuels the sync detects are announced.
    public bool RefueledNotifications { get; set; } = true;

    // Sample sizes for an average notification turnaround, and turnarounds ignored above this. aa-structures shows
    // them to admins; they are accepted here so its settings carry over, and no page shows them yet.
    [Range(1, 1000)]
    public int TurnaroundShort { get; set; } = 5;
    [Range(1, 1000)]
    public int TurnaroundMedium { get; set; } = 15;
    [Range(1, 1000)]
    public int TurnaroundLong { get; set; } = 50;
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan TurnaroundMaxValid { get; set; } = TimeSpan.FromHours(1);
}
