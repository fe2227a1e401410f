using Microsoft.Extensions.Configuration;

namespace Structures.Core;

// The flat names the settings under "Structures" had before each feature got its own section; most are
// aa-structures' own (STRUCTURES_PAGING_ENABLED is Structures:PagingEnabled). They keep working: each is read as the
// setting it became, and where both are given the new name wins.
public static class LegacySettingNames
{
    public const string Root = "Structures";

    public static readonly IReadOnlyList<LegacySetting> Renamed =
    [
        new("StructureSyncMinutes", "Sync:Interval", LegacyUnit.Minutes),
        new("SyncParallelism", "Sync:Parallelism"),
        new("FeatureCustomsOffices", "Sync:CustomsOffices"),
        new("FeatureStarbases", "Sync:Starbases"),
        new("FeatureSkyhooks", "Sync:Skyhooks"),
        new("EsiDirectorErrorMaxRetries", "Sync:DirectorErrorMaxRetries"),
        new("StructureSyncGraceMinutes", "Status:StructureSyncGrace", LegacyUnit.Minutes),
        new("NotificationSyncGraceMinutes", "Status:NotificationSyncGrace", LegacyUnit.Minutes),
        new("AdminNotificationsEnabled", "Notices:Enabled"),
        new("HoursUntilStaleNotification", "Notifications:StaleAfter", LegacyUnit.Hours),
        new("ReportNpcAttacks", "Notifications:ReportNpcAttacks"),
        new("DefaultLanguage", "Notifications:DefaultLanguage"),
        new("NotificationSetAvatar", "Notifications:SetAvatar"),
        new("NotificationShowMoonOre", "Notifications:ShowMoonOre"),
        new("FeatureRefueledNotifications", "Notifications:RefueledNotifications"),
        new("NotificationTurnaroundShort", "Notifications:TurnaroundShort"),
        new("NotificationTurnaroundMedium", "Notifications:TurnaroundMedium"),
        new("NotificationTurnaroundLong", "Notifications:TurnaroundLong"),
        new("NotificationTurnaroundMaxValid", "Notifications:TurnaroundMaxValid", LegacyUnit.Seconds),
        new("AddTimers", "Timers:Enabled"),
        new("MoonExtractionTimersEnabled", "Timers:MoonExtractionsEnabled"),
        new("TimersAreCorpRestricted", "Timers:CorpRestricted"),
        new("DefaultPageLength", "Board:DefaultPageLength"),
        new("PagingEnabled", "Board:PagingEnabled"),
        new("DefaultTagsFilterEnabled", "Board:DefaultTagsFilterEnabled"),
        new("ShowFuelExpiresRelative", "Board:ShowFuelExpiresRelative"),
        new("ShowJumpGates", "Board:ShowJumpGates"),
        new("AdminCharacterIds", "Access:AdminCharacterIds"),
        new("SchedulerEnabled", "Scheduling:Enabled"),
    ];

    // aa-structures settings accepted so that its configuration carries over, with no effect here: aa-structures 4.x
    // ignores them too, or Quartz, the outbox and the ESI client already do what they asked for.
    public static readonly IReadOnlyList<string> Ignored =
    [
        "EsiTimeoutEnabled", "NotificationMaxRetries", "NotificationWaitSec", "NotificationDisableEsiFuelAlerts",
        "TasksTimeLimit", "DeveloperMode", "NotificationsArchivingEnabled", "NotifyThrottledTimeout",
    ];

    // The values the old names give to one section (e.g. "Structures:Sync"), under their new names.
    public static IConfiguration Translate(IConfiguration configuration, string section)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in GivenFor(configuration, section))
        {
            var old = configuration.GetSection(setting.OldKey);
            foreach (var (key, value) in old.AsEnumerable().Where(pair => pair.Value is not null))
            {
                values[setting.NewKey + key[old.Path.Length..]] = setting.Convert(value!);
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    // The old names given for one section whose new names are not given too.
    public static IEnumerable<LegacySetting> GivenFor(IConfiguration configuration, string section) =>
        Renamed.Where(s => string.Equals(s.Section, section, StringComparison.OrdinalIgnoreCase)
            && configuration.GetSection(s.OldKey).Exists() && !configuration.GetSection(s.NewKey).Exists());
}
