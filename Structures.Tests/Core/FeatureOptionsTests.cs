using Microsoft.Extensions.Options;
using Structures.Core.Notifications;
using Structures.Core.Status;
using Structures.Core.Structures;

namespace Structures.Tests.Core;

// Each feature's options: their documented defaults, and a value out of range refused at start, naming the setting.
public sealed class FeatureOptionsTests
{
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
