using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Structures.Core;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Scheduling;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Core.Timers;

namespace Structures.Tests.Core;

// Each setting name, new (by feature section) and old (the flat names of the first releases), sets its feature's option.
public sealed class SettingNamesTests
{
    // Each name of a feature's section, with a value other than its default, and what it sets.
    public static TheoryData<string, string, Type, string, string> NewNames => new()
    {
        { "Sync:Interval", "00:45:00", typeof(SyncOptions), nameof(SyncOptions.Interval), "00:45:00" },
        { "Sync:Starbases", "false", typeof(SyncOptions), nameof(SyncOptions.Starbases), "false" },
        { "Board:DefaultPageLength", "50", typeof(BoardOptions), nameof(BoardOptions.DefaultPageLength), "50" },
        { "Status:NotificationSyncGrace", "01:00:00", typeof(StatusOptions), nameof(StatusOptions.NotificationSyncGrace), "01:00:00" },
        { "Notifications:StaleAfter", "12:00:00", typeof(NotificationOptions), nameof(NotificationOptions.StaleAfter), "12:00:00" },
        { "Notifications:DefaultLanguage", "ko", typeof(NotificationOptions), nameof(NotificationOptions.DefaultLanguage), "ko" },
        { "Timers:MoonExtractionsEnabled", "false", typeof(TimerOptions), nameof(TimerOptions.MoonExtractionsEnabled), "false" },
        { "Access:AdminCharacterIds:0", "90000001", typeof(AccessOptions), nameof(AccessOptions.AdminCharacterIds), "90000001" },
        { "Scheduling:Enabled", "false", typeof(SchedulingOptions), nameof(SchedulingOptions.Enabled), "false" },
    };

    // Each old name with a value other than its default, and what it sets.
    public static TheoryData<string, string, Type, string, string> OldNames => new()
    {
        { "StructureSyncMinutes", "45", typeof(SyncOptions), nameof(SyncOptions.Interval), "00:45:00" },
        { "SyncParallelism", "7", typeof(SyncOptions), nameof(SyncOptions.Parallelism), "7" },
        { "FeatureCustomsOffices", "false", typeof(SyncOptions), nameof(SyncOptions.CustomsOffices), "false" },
        { "FeatureStarbases", "false", typeof(SyncOptions), nameof(SyncOptions.Starbases), "false" },
        { "FeatureSkyhooks", "false", typeof(SyncOptions), nameof(SyncOptions.Skyhooks), "false" },
        { "EsiDirectorErrorMaxRetries", "5", typeof(SyncOptions), nameof(SyncOptions.DirectorErrorMaxRetries), "5" },
        { "StructureSyncGraceMinutes", "90", typeof(StatusOptions), nameof(StatusOptions.StructureSyncGrace), "01:30:00" },
        { "NotificationSyncGraceMinutes", "25", typeof(StatusOptions), nameof(StatusOptions.NotificationSyncGrace), "00:25:00" },
        { "AdminNotificationsEnabled", "false", typeof(NoticeOptions), nameof(NoticeOptions.Enabled), "false" },
        { "HoursUntilStaleNotification", "48", typeof(NotificationOptions), nameof(NotificationOptions.StaleAfter), "2.00:00:00" },
        { "ReportNpcAttacks", "false", typeof(NotificationOptions), nameof(NotificationOptions.ReportNpcAttacks), "false" },
        { "DefaultLanguage", "de", typeof(NotificationOptions), nameof(NotificationOptions.DefaultLanguage), "de" },
        { "NotificationSetAvatar", "false", typeof(NotificationOptions), nameof(NotificationOptions.SetAvatar), "false" },
        { "NotificationShowMoonOre", "false", typeof(NotificationOptions), nameof(NotificationOptions.ShowMoonOre), "false" },
        { "FeatureRefueledNotifications", "false", typeof(NotificationOptions), nameof(NotificationOptions.RefueledNotifications), "false" },
        { "NotificationTurnaroundShort", "3", typeof(NotificationOptions), nameof(NotificationOptions.TurnaroundShort), "3" },
        { "NotificationTurnaroundMedium", "10", typeof(NotificationOptions), nameof(NotificationOptions.TurnaroundMedium), "10" },
        { "NotificationTurnaroundLong", "40", typeof(NotificationOptions), nameof(NotificationOptions.TurnaroundLong), "40" },
        { "NotificationTurnaroundMaxValid", "600", typeof(NotificationOptions), nameof(NotificationOptions.TurnaroundMaxValid), "00:10:00" },
        { "AddTimers", "false", typeof(TimerOptions), nameof(TimerOptions.Enabled), "false" },
        { "MoonExtractionTimersEnabled", "false", typeof(TimerOptions), nameof(TimerOptions.MoonExtractionsEnabled), "false" },
        { "TimersAreCorpRestricted", "true", typeof(TimerOptions), nameof(TimerOptions.CorpRestricted), "true" },
        { "DefaultPageLength", "50", typeof(BoardOptions), nameof(BoardOptions.DefaultPageLength), "50" },
        { "PagingEnabled", "false", typeof(BoardOptions), nameof(BoardOptions.PagingEnabled), "false" },
        { "DefaultTagsFilterEnabled", "true", typeof(BoardOptions), nameof(BoardOptions.DefaultTagsFilterEnabled), "true" },
        { "ShowFuelExpiresRelative", "false", typeof(BoardOptions), nameof(BoardOptions.ShowFuelExpiresRelative), "false" },
        { "ShowJumpGates", "false", typeof(BoardOptions), nameof(BoardOptions.ShowJumpGates), "false" },
        { "AdminCharacterIds:0", "90000001", typeof(AccessOptions), nameof(AccessOptions.AdminCharacterIds), "90000001" },
        { "SchedulerEnabled", "false", typeof(SchedulingOptions), nameof(SchedulingOptions.Enabled), "false" },
    };

    [Theory]
    [MemberData(nameof(NewNames))]
    [MemberData(nameof(OldNames))]
    public void SettingName_SetsItsFeaturesOption(string name, string value, Type options, string property, string expected)
    {
        var settings = new Dictionary<string, string?> { [$"Structures:{name}"] = value };

        var read = CoreComposition.Read(settings, options, property);

        read.Should().Be(expected);
        CoreComposition.Read(CoreComposition.Defaults, options, property).Should().NotBe(expected, "the value tested is not the default");
    }

    [Fact]
    public void Renamed_EachOldName_HasItsTest()
    {
        var tested = OldNames.Select(row => ((string)row[0]).Split(':')[0]);

        LegacySettingNames.Renamed.Select(s => s.OldName).Should().BeEquivalentTo(tested);
    }

    [Fact]
    public void Renamed_EachNewName_IsAPropertyOfItsSectionsOptions()
    {
        var sections = new Dictionary<string, Type>
        {
            [SyncOptions.SectionName] = typeof(SyncOptions), [StatusOptions.SectionName] = typeof(StatusOptions),
            [NotificationOptions.SectionName] = typeof(NotificationOptions), [TimerOptions.SectionName] = typeof(TimerOptions),
            [BoardOptions.SectionName] = typeof(BoardOptions), [AccessOptions.SectionName] = typeof(AccessOptions),
            [SchedulingOptions.SectionName] = typeof(SchedulingOptions), [NoticeOptions.SectionName] = typeof(NoticeOptions),
        };

        foreach (var setting in LegacySettingNames.Renamed)
        {
            sections.Should().ContainKey(setting.Section, $"{setting.OldKey} becomes {setting.NewKey}");
            sections[setting.Section].GetProperty(setting.Property).Should().NotBeNull($"{setting.NewKey} is an option");
        }
    }

    [Fact]
    public void OldAndNewName_BothGiven_TheNewNameWins()
    {
        var settings = new Dictionary<string, string?> { ["Structures:StructureSyncMinutes"] = "45", ["Structures:Sync:Interval"] = "01:00:00" };

        var sync = CoreComposition.Options<SyncOptions>(settings);

        sync.Interval.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void OldAndNewName_BothGivenForAList_TheNewListWinsWhole()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Structures:AdminCharacterIds:0"] = "90000001", ["Structures:AdminCharacterIds:1"] = "90000002",
            ["Structures:Access:AdminCharacterIds:0"] = "90000003",
        };

        var access = CoreComposition.Options<AccessOptions>(settings);

        access.AdminCharacterIds.Should().Equal(90000003);
    }

    [Fact]
    public void OldName_OutOfRange_IsRefused_NamingTheOldAndNewSetting()
    {
        var settings = new Dictionary<string, string?> { ["Structures:StructureSyncMinutes"] = "0" };

        var read = () => CoreComposition.Options<SyncOptions>(settings);

        read.Should().Throw<OptionsValidationException>().Which.Message
            .Should().Contain("Interval").And.Contain("Structures:StructureSyncMinutes = 0 is the old name of Structures:Sync:Interval");
    }

    [Fact]
    public void NewName_OutOfRange_IsRefused_WithoutMentioningOldNames()
    {
        var settings = new Dictionary<string, string?> { ["Structures:Sync:Interval"] = "00:00:10", ["Structures:SyncParallelism"] = "2" };

        var read = () => CoreComposition.Options<SyncOptions>(settings);

        read.Should().Throw<OptionsValidationException>().Which.Message
            .Should().Contain("Interval").And.NotContain("old name");
    }

    [Theory]
    [InlineData("StructureSyncMinutes", "half an hour", "minutes")]
    [InlineData("HoursUntilStaleNotification", "1.5", "hours")]
    [InlineData("NotificationTurnaroundMaxValid", "99999999999", "seconds")]
    public void OldDuration_NotAWholeNumber_IsRefused_NamingTheSetting(string oldName, string value, string unit)
    {
        var settings = new Dictionary<string, string?> { [$"Structures:{oldName}"] = value };
        var section = LegacySettingNames.Renamed.Single(s => s.OldName == oldName).Section;

        var read = () => LegacySettingNames.Translate(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), section);

        read.Should().Throw<StartupRefusedException>().Which.Message
            .Should().Contain($"Structures:{oldName}").And.Contain($"whole number of {unit}").And.Contain(value);
    }
}
