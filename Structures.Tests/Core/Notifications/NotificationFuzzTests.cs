using CsCheck;
using Structures.Core.Discord;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Timers;
using Structures.Core.Webhooks;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationFuzzTests
{
    private static readonly Webhook EveryType = new()
    {
        Name = "all", Url = "https://discord.invalid/api/webhooks/1/x", ForwardsUnknownTypes = true,
        NotificationTypes = string.Join(',', NotificationTypes.All.Select(t => t.Name)),
    };

    // Structures that share the keys a text may leave out: two starbases without a moon, two offices without a planet.
    private static readonly IReadOnlyList<Structure> OwnerStructures =
    [
        new Structure { Id = 1000000000001, OwnerId = 2001, Name = "Batcave", TypeId = 35832, SolarSystemId = 30002537 },
        new Structure { Id = 1000000000002, OwnerId = 2001, Name = "Tower", TypeId = 16213, SolarSystemId = 30002537, Kind = StructureKind.Starbase },
        new Structure { Id = 1000000000003, OwnerId = 2001, Name = "Tower 2", TypeId = 16213, SolarSystemId = 30002537, Kind = StructureKind.Starbase },
        new Structure { Id = 1000000000004, OwnerId = 2001, Name = "Office", TypeId = 2233, SolarSystemId = 30002537, Kind = StructureKind.CustomsOffice },
        new Structure { Id = 1000000000005, OwnerId = 2001, Name = "Office 2", TypeId = 2233, SolarSystemId = 30002537, Kind = StructureKind.CustomsOffice },
    ];

    private static readonly Gen<DateTime> Timestamp = Gen.OneOf(
        Gen.Const(RenderingSamples.Now), Gen.Const(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)),
        Gen.Const(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)), Gen.DateTime.Select(d => DateTime.SpecifyKind(d, DateTimeKind.Utc)));

    [Fact]
    public void AnyText_OfAnyType_GoesThroughParseRenderRouteAndTimer_WithoutAnException()
    {
        Gen.Select(NotificationTextGen.Notification, Timestamp).Sample((notification, timestamp) =>
        {
            var (type, text) = notification;
            var (payload, error) = NotificationPayloads.Parse(type, text);
            if (payload is null)
            {
                error.Should().NotBeNullOrEmpty();
                return;
            }

            var context = RenderingSamples.Context(type, text, timestamp, payload);
            var structure = NotificationRoute.MatchStructure(context, OwnerStructures);
            NotificationRoute.Webhooks(context, structure, [EveryType]);
            var embed = NotificationRenderer.Embed(context, RenderingSamples.English);
            OutboxPayload.Write(new DiscordMessage { Embeds = [embed] }).Should().NotBeNullOrEmpty();
            TimerExtractor.Decide(type.Trim(), timestamp, payload);
        }, iter: 1000, time: -1);
    }

    [Theory]
    [InlineData("timeLeft: 9000000000000000000\nstructureID: 1\n")]
    [InlineData("timeLeft: -5\n")]
    [InlineData("timestamp: 3000000000000000000\n")]
    [InlineData("timestamp: -1\nvulnerableTime: 9223372036854775807\n")]
    public void StructureCountdown_WithTimesNoCalendarHolds_ReadsThemAsUnknown(string text)
    {
        var countdown = (StructureCountdown)NotificationPayloads.Parse("StructureLostShields", text).Payload!;

        countdown.EndsAt(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc).AddYears(-1)).Should().BeNull();
        countdown.VulnerableAt.Should().BeNull();
        TimerExtractor.Decide("StructureLostShields", RenderingSamples.Now, countdown).Add.Should().BeNull();
    }

    [Theory]
    [InlineData("shieldLevel: 1e307\narmorValue: .nan\nhullValue: -.inf\n")]
    [InlineData("shieldLevel: NaN\narmorValue: Infinity\nhullValue: 1e308\n")]
    public void HitPoints_ThatAreNoFiniteNumber_AreUnknown(string text)
    {
        var attack = (Attack)NotificationPayloads.Parse("OrbitalAttacked", text).Payload!;

        attack.HitPoints.Should().Be(new HitPoints(null, null, null));
    }

    [Fact]
    public void WarNotice_WithADelayBeyondTheCalendar_StartsAtAnUnknownTime()
    {
        var war = (WarNotice)NotificationPayloads.Parse("WarDeclared", "declaredByID: 1\ndelayHours: 9223372036854775807\n").Payload!;

        war.FightingStartsAt(RenderingSamples.Now).Should().BeNull();
        (war with { DelayHours = -3 }).FightingStartsAt(RenderingSamples.Now).Should().BeNull();
    }

    [Fact]
    public void MoonExtraction_WithOreKeysThatReadAlike_KeepsTheLast()
    {
        var extraction = (MoonExtraction)NotificationPayloads.Parse("MoonminingExtractionStarted", "oreVolumeByType:\n  01: 5\n  1: 7\n  2: .nan\n").Payload!;

        extraction.OreVolumes.Should().BeEquivalentTo(new Dictionary<long, double> { [1] = 7, [2] = 0 });
    }
}
