using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Scheduling;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Core.Timers;

namespace Structures.Tests.Core;

public sealed class FeatureOptionsTests
{
    public static TheoryData<string, string, Type, string, string> NewNames => new()
    {
        { "Structures:Sync:Interval", "00:45:00", typeof(SyncOptions), nameof(SyncOptions.Interval), "00:45:00" },
        { "Structures:Sync:Starbases", "false", typeof(SyncOptions), nameof(SyncOptions.Starbases), "false" },
        { "Structures:Board:DefaultPageLength", "50", typeof(BoardOptions), nameof(BoardOptions.DefaultPageLength), "50" },
        { "Structures:Status:NotificationSyncGrace", "01:00:00", typeof(StatusOptions), nameof(StatusOptions.NotificationSyncGrace), "01:00:00" },
        { "Structures:Notifications:StaleAfter", "12:00:00", typeof(NotificationOptions), nameof(NotificationOptions.StaleAfter), "12:00:00" },
        { "Structures:Notifications:DefaultLanguage", "ko", typeof(NotificationOptions), nameof(NotificationOptions.DefaultLanguage), "ko" },
        { "Structures:Timers:MoonExtractionsEnabled", "false", typeof(TimerOptions), nameof(TimerOptions.MoonExtractionsEnabled), "false" },
        { "Structures:Access:AdminCharacterIds:0", "90000001", typeof(AccessOptions), nameof(AccessOptions.AdminCharacterIds), "90000001" },
        { "Structures:Scheduling:Enabled", "false", typeof(SchedulingOptions), nameof(SchedulingOptions.Enabled), "false" },
    };

    [Theory]
    [MemberData(nameof(NewNames))]
    public void Section_Setting_IsBoundToItsFeaturesOptions(string key, string value, Type options, string property, string expected)
    {
        var read = CoreComposition.Read(new Dictionary<string, string?> { [key] = value }, options, property);

        read.Should().Be(expected);
        CoreComposition.Read(CoreComposition.Defaults, options, property).Should().NotBe(expected, "the value tested is not the default");
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var sync = CoreComposition.Options<SyncOptions>(CoreComposition.Defaults);
        var status = CoreComposition.Options<StatusOptions>(CoreComposition.Defaults);
        var notifications = CoreComposition.Options<NotificationOptions>(CoreComposition.Defaults);

        sync.Interval.Should().Be(TimeSpan.FromMinutes(30));
        sync.Parallelism.Should().Be(4);
        status.StructureSyncGrace.Should().Be(TimeSpan.FromHours(2));
        status.NotificationSyncGrace.Should().Be(TimeSpan.FromMinutes(40));
        notifications.StaleAfter.Should().Be(TimeSpan.FromHours(24));
        notifications.TurnaroundMaxValid.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Start_WithEveryDefault_PassesCoresChecks()
    {
        var start = () => CoreComposition.ValidateAtStart(CoreComposition.Defaults);

        start.Should().NotThrow();
    }

    [Theory]
    [InlineData("Structures:Sync:Interval", "00:00:30", typeof(SyncOptions), "Interval")]
    [InlineData("Structures:Sync:Parallelism", "0", typeof(SyncOptions), "Parallelism")]
    [InlineData("Structures:Sync:DirectorErrorMaxRetries", "0", typeof(SyncOptions), "DirectorErrorMaxRetries")]
    [InlineData("Structures:Board:DefaultPageLength", "0", typeof(BoardOptions), "DefaultPageLength")]
    [InlineData("Structures:Status:StructureSyncGrace", "00:00:00", typeof(StatusOptions), "StructureSyncGrace")]
    [InlineData("Structures:Status:NotificationSyncGrace", "8.00:00:00", typeof(StatusOptions), "NotificationSyncGrace")]
    [InlineData("Structures:Notifications:StaleAfter", "00:10:00", typeof(NotificationOptions), "StaleAfter")]
    [InlineData("Structures:Notifications:DefaultLanguage", "xx", typeof(NotificationOptions), "DefaultLanguage")]
    [InlineData("Structures:Notifications:TurnaroundShort", "0", typeof(NotificationOptions), "TurnaroundShort")]
    [InlineData("Structures:HoursUntilStaleNotification", "0", typeof(NotificationOptions), "StaleAfter")]
    public void Start_WithAnOutOfRangeSetting_IsRefused_NamingIt(string key, string value, Type options, string property)
    {
        var start = () => CoreComposition.ValidateAtStart(new Dictionary<string, string?> { [key] = value });

        var refused = start.Should().Throw<OptionsValidationException>().Which;
        refused.OptionsType.Should().Be(options);
        refused.Message.Should().Contain(property);
    }
}
