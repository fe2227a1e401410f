using Structures.Core.Notifications.Alerts;

namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class FuelAlertBucketsTests
{
    private const long Batcave = 1000000000001;
    private static readonly FuelAlertRule EveryTwelveHours = new() { Id = 1, StartHours = 48, EndHours = 0, RepeatHours = 12 };
    private static readonly FuelAlertRule OnceUnderSix = new() { Id = 2, StartHours = 6, EndHours = 0, RepeatHours = 0 };

    [Theory]
    [InlineData(48, 0, 12, 49.0, null)]
    [InlineData(48, 0, 12, 47.0, 48)]
    [InlineData(48, 0, 12, 36.0, 36)]
    [InlineData(48, 0, 12, 35.9, 36)]
    [InlineData(48, 0, 12, 12.5, 24)]
    [InlineData(48, 6, 0, 10.0, 48)]
    [InlineData(48, 6, 0, 5.9, null)]
    public void Bucket_IsTheRepeatStepTheFuelLeftFallsIn(int start, int end, int repeat, double hoursLeft, int? bucket)
    {
        new FuelAlertRule { StartHours = start, EndHours = end, RepeatHours = repeat }.Bucket(hoursLeft).Should().Be(bucket);
    }

    [Fact]
    public void Due_FuelLeftInsideRules_GivesEachRulesBucket()
    {
        FuelAlertBuckets.Due(Batcave, 5.5, [EveryTwelveHours, OnceUnderSix], []).Should().Equal((EveryTwelveHours, 12), (OnceUnderSix, 6));
    }

    [Fact]
    public void Due_BucketAlreadyAlerted_IsNotAlertedAgain_TheNextBucketIs()
    {
        SentAlert[] sent = [Sent(Batcave, EveryTwelveHours, 24)];

        FuelAlertBuckets.Due(Batcave, 14, [EveryTwelveHours], sent).Should().BeEmpty();
        FuelAlertBuckets.Due(Batcave, 11.9, [EveryTwelveHours], sent).Should().Equal((EveryTwelveHours, 12));
    }

    [Fact]
    public void Due_AlertsOfAnotherStructureRuleOrKind_DoNotCount()
    {
        SentAlert[] sent =
        [
            Sent(Batcave + 1, EveryTwelveHours, 24),
            Sent(Batcave, OnceUnderSix, 24),
            new SentAlert { StructureId = Batcave, Kind = AlertKind.JumpFuel, RuleId = EveryTwelveHours.Id, Bucket = 24 },
        ];

        FuelAlertBuckets.Due(Batcave, 14, [EveryTwelveHours], sent).Should().Equal((EveryTwelveHours, 24));
    }

    private static SentAlert Sent(long structureId, FuelAlertRule rule, int bucket) =>
        new() { StructureId = structureId, Kind = AlertKind.Fuel, RuleId = rule.Id, Bucket = bucket };
}
