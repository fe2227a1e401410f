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

    // Timers visible only to members of the owner's corporation.
    public bool TimersAreCorpRestricted { get; set; }

    // Characters who are admins from the start (EVE character IDs); more are granted in the app.
    public List<long> AdminCharacterIds { get; set; } = [];

    // Timers are made from notifications (behaviour spec §3.4); moon extraction timers can be left out alone.
    public bool AddTimers { get; set; } = true;
    public bool MoonExtractionTimersEnabled { get; set; } = true;

    // Notices to admins in the app (owner added, character disabled, services down and restored).
    public bool AdminNotificationsEnabled { get; set; } = true;

    // Language of timers, customs office names and admin notices, and of webhooks that name none.
    [RegularExpression("^(en|de|es|zh-hans|ru|ko|fr|it|ja|uk)$")]
    public string DefaultLanguage { get; set; } = "en";

    // The board opens filtered to the tags marked as default.
    public bool DefaultTagsFilterEnabled { get; set; }

    // Rows per page on the board and lists (10, 25, 50 or 100); paging can be turned off.
    [Range(1, 1000)]
    public int DefaultPageLength { get; set; } = 10;
    public bool PagingEnabled { get; set; } = true;

    // Which kinds of structures are synced, and whether refuels are announced.
    public bool FeatureCustomsOffices { get; set; } = true;
    public bool FeatureStarbases { get; set; } = true;
    public bool FeatureSkyhooks { get; set; } = true;
    public bool FeatureRefueledNotifications { get; set; } = true;

    // 403 "not a director" answers from ESI before a sync character is disabled.
    [Range(1, 100)]
    public int EsiDirectorErrorMaxRetries { get; set; } = 3;

    // Messages are sent as "Notifications" with the app's avatar; moon notifications list their ores.
    public bool NotificationSetAvatar { get; set; } = true;
    public bool NotificationShowMoonOre { get; set; } = true;

    // Fuel shown as time left ("3d 4h") rather than as the expiry date.
    public bool ShowFuelExpiresRelative { get; set; } = true;
    public bool ShowJumpGates { get; set; } = true;

    // Sample sizes for the average notification turnaround shown to admins, and turnarounds ignored above (s).
    public int NotificationTurnaroundShort { get; set; } = 5;
    public int NotificationTurnaroundMedium { get; set; } = 15;
    public int NotificationTurnaroundLong { get; set; } = 50;
    public int NotificationTurnaroundMaxValid { get; set; } = 3600;

    // Accepted for compatibility with aa-structures settings; they have no effect here (as in aa-structures 4.x,
    // or because Quartz, the outbox and the ESI client already cover them).
    public bool EsiTimeoutEnabled { get; set; } = true;
    public int NotificationMaxRetries { get; set; } = 3;
    public int NotificationWaitSec { get; set; } = 5;
    public bool NotificationDisableEsiFuelAlerts { get; set; }
    public int TasksTimeLimit { get; set; } = 7200;
    public bool DeveloperMode { get; set; }
    public bool NotificationsArchivingEnabled { get; set; }
    public int NotifyThrottledTimeout { get; set; } = 86400;

    // Off only for tests that drive syncs themselves.
    public bool SchedulerEnabled { get; set; } = true;
}
