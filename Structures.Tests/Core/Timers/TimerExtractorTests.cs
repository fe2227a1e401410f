using System.Globalization;
using System.Text.Json;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Timers;

namespace Structures.Tests.Core.Timers;

public sealed class TimerExtractorTests
{
    [Theory]
    [InlineData(1000000505, TimerKind.Armor, TimerCategory.Upwell, "2019-10-06T14:51:40Z", 1000000000001L)]
    [InlineData(1000000504, TimerKind.Hull, TimerCategory.Upwell, "2019-08-25T01:50:59Z", 1000000000001L)]
    [InlineData(1000000804, TimerKind.Final, TimerCategory.Sovereignty, "2018-12-20T17:03:22Z", null)]
    [InlineData(1000000602, TimerKind.Final, TimerCategory.CustomsOffice, "2019-10-13T20:32:27Z", null)]
    [InlineData(1000001202, TimerKind.Final, TimerCategory.Skyhook, "2024-07-23T05:44:04Z", 1000000010001L)]
    [InlineData(1000000404, TimerKind.MoonExtraction, TimerCategory.MoonMining, "2019-11-20T00:01:00Z", 1000000000002L)]
    [InlineData(1000000501, TimerKind.Anchoring, TimerCategory.Upwell, "2019-10-16T20:50:59Z", 1000000000001L)]
    [InlineData(1000010501, TimerKind.Anchoring, TimerCategory.Upwell, "2019-11-16T20:51:59Z", 1000000000001L)]
    public void TimerTypes_GiveTheirExactDate(long notificationId, TimerKind kind, TimerCategory category, string endsAt, long? structureId)
    {
        var (type, timestamp, text) = Sample(notificationId);

        var timer = TimerExtractor.Decide(type, timestamp, text).Add ?? throw new Xunit.Sdk.XunitException($"{type} made no timer");

        timer.Kind.Should().Be(kind);
        timer.Category.Should().Be(category);
        timer.EndsAt.Should().Be(DateTime.Parse(endsAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        timer.EndsAt.Kind.Should().Be(DateTimeKind.Utc);
        timer.StructureId.Should().Be(structureId);
    }

    [Fact]
    public void SovereigntyTimer_NamesTheStructureType_FromTheCampaignEvent()
    {
        var (type, timestamp, text) = Sample(1000000804);

        TimerExtractor.Decide(type, timestamp, text).Add!.StructureTypeId.Should().Be(32226);
    }

    [Fact]
    public void CustomsOfficeTimer_IsAtItsPlanet()
    {
        var (type, timestamp, text) = Sample(1000000602);

        var timer = TimerExtractor.Decide(type, timestamp, text).Add!;

        timer.PlanetId.Should().Be(40161469);
        timer.SolarSystemId.Should().Be(30002537);
    }

    [Fact]
    public void ExtractionCancelled_CancelsThatStructuresExtraction()
    {
        var (type, timestamp, text) = Sample(1000000402);

        var decision = TimerExtractor.Decide(type, timestamp, text);

        decision.Add.Should().BeNull();
        decision.CancelExtractionOf.Should().Be(1000000000002);
    }

    [Theory]
    [InlineData(2000000001, TimerKind.Abandonment, TimerCategory.Upwell, "2019-10-07T10:00:00Z", 1000000000001L)]
    [InlineData(2000000017, TimerKind.SelfDestruct, TimerCategory.Sovereignty, "2019-10-06T10:00:00Z", null)]
    public void NewerTypesGivingATime_MakeATimer(long notificationId, TimerKind kind, TimerCategory category, string endsAt, long? structureId)
    {
        var context = Notifications.Rendering.RenderingSamples.Context(notificationId);

        var timer = TimerExtractor.Decide(context.Notification.Type, context.Notification.Timestamp, context.Payload).Add!;

        timer.Kind.Should().Be(kind);
        timer.Category.Should().Be(category);
        timer.EndsAt.Should().Be(DateTime.Parse(endsAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        timer.StructureId.Should().Be(structureId);
    }

    [Fact]
    public void Anchoring_IsInItsSystem_WithTheStructuresType()
    {
        var (type, timestamp, text) = Sample(1000000501);

        var timer = TimerExtractor.Decide(type, timestamp, text).Add!;

        timer.SolarSystemId.Should().Be(30002537);
        timer.StructureTypeId.Should().Be(35832);
    }

    [Fact]
    public void Anchoring_WhoseTextGivesNoTimeLeft_MakesNoTimer()
    {
        var payload = NotificationPayloads.Parse("StructureAnchoring", "solarsystemID: 30002537\nstructureID: 1000000000001\nstructureTypeID: 35832\n").Payload!;

        TimerExtractor.Decide("StructureAnchoring", new DateTime(2019, 10, 16, 20, 36, 0, DateTimeKind.Utc), payload).Should().Be(TimerDecision.None);
    }

    [Fact]
    public void Unanchoring_MakesNoTimer()
    {
        var payload = NotificationPayloads.Parse("StructureUnanchoring", "solarsystemID: 30002537\nstructureID: 1000000000001\ntimeLeft: 8993554150\n").Payload!;

        TimerExtractor.Decide("StructureUnanchoring", new DateTime(2019, 10, 16, 20, 36, 0, DateTimeKind.Utc), payload).Should().Be(TimerDecision.None);
    }

    [Fact]
    public void OtherTypes_MakeNoTimer()
    {
        var (type, timestamp, text) = Sample(1000000506);

        TimerExtractor.Decide(type, timestamp, text).Should().Be(TimerDecision.None);
    }

    private static (string Type, DateTime Timestamp, NotificationPayload Payload) Sample(long notificationId)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json"));
        using var document = JsonDocument.Parse(stream);
        var sample = document.RootElement.EnumerateArray().Single(s => s.GetProperty("notification_id").GetInt64() == notificationId);
        var timestamp = DateTime.Parse(sample.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var type = sample.GetProperty("type").GetString()!;
        return (type, timestamp, NotificationPayloads.Parse(type, sample.GetProperty("text").GetString()).Payload!);
    }
}
