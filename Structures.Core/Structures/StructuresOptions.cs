using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Structures;

public sealed class StructuresOptions
{
    public const string SectionName = "Structures";

    // How often each owner's structures are synced; owners are spread over this interval.
    [Range(1, 1440)]
    public int StructureSyncMinutes { get; set; } = 30;

    // Owners synced at the same time at most.
    [Range(1, 32)]
    public int SyncParallelism { get; set; } = 4;

    // A structure or asset sync older than this counts as down for the service status.
    [Range(1, 10080)]
    public int StructureSyncGraceMinutes { get; set; } = 120;

    // A notification fetch or forwarding older than this counts as down for the service status.
    [Range(1, 10080)]
    public int NotificationSyncGraceMinutes { get; set; } = 40;

    // Notifications older than this are neither forwarded nor turned into timers.
    [Range(1, 720)]
    public int HoursUntilStaleNotification { get; set; } = 24;

    // Attacks by NPC corporations (other than the starter corporations) are reported too.
    public bool ReportNpcAttacks { get; set; } = true;

    // Language of messages to webhooks that name none: en, de, es, zh-Hans, ru or ko.
    [AllowedValues("en", "de", "es", "zh-Hans", "ru", "ko")]
    public string DefaultLanguage { get; set; } = "en";

    // Timers visible only to members of the owner's corporation.
    public bool TimersAreCorpRestricted { get; set; }

    // Characters who are admins from the start (EVE character IDs); more are granted in the app.
    public List<long> AdminCharacterIds { get; set; } = [];

    // Off only for tests that drive syncs themselves.
    public bool SchedulerEnabled { get; set; } = true;
}
