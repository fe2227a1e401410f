using System.Text;
using System.Text.Json.Serialization;
using Structures.Core.Live;

namespace Structures.Tests.Core.Live;

public sealed class ClusterFeedMessageTests
{
    public static TheoryData<DashboardEvent> EveryChange() =>
    [
        new StructuresChanged(98000001),
        new StructureRefueled(98000001, 1035466617946, new DateTime(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc)),
        new OwnerStatusChanged(98000002),
        new TimersChanged(null),
        new TimersChanged(98000001),
        new ChangesMissed(),
    ];

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Write_ThenRead_GivesTheSenderAndTheSameChange(DashboardEvent change)
    {
        var payload = ClusterFeedMessage.Write(change, "host-a/12/0badcafe").Should().ContainSingle().Subject;

        var (sender, read) = ClusterFeedMessage.Read(payload);

        sender.Should().Be("host-a/12/0badcafe");
        read.Should().Be(change);
    }

    // A kind of change added to DashboardEvent without a sample in the rehearsal would be built by the first one to travel.
    [Fact]
    public void Rehearse_WritesAndReadsBackEveryKindOfChange()
    {
        var kinds = typeof(DashboardEvent).GetCustomAttributes(typeof(JsonDerivedTypeAttribute), inherit: false)
            .Cast<JsonDerivedTypeAttribute>().Select(kind => kind.DerivedType);

        ClusterFeedMessage.Rehearse().Should().BeEquivalentTo(kinds).And.HaveCount(6);
    }

    [Fact]
    public void Write_ARefuel_NamesItsTypeAndKeepsTheTimeInUtc()
    {
        var payload = ClusterFeedMessage.Write(new StructureRefueled(1, 2, new DateTime(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc)), "a").Single();

        payload.Should().Be("""{"From":"a","Change":{"type":"StructureRefueled","OwnerId":1,"StructureId":2,"FuelExpiresAt":"2026-12-01T05:01:00Z"}}""");
        ((StructureRefueled)ClusterFeedMessage.Read(payload).Change).FuelExpiresAt.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void Write_AChangeNamingTheMostStructures_FitsOnePayloadPostgresAccepts_AndKeepsEveryId()
    {
        var ids = Enumerable.Range(0, StructuresChanged.MaxNamed).Select(i => long.MaxValue - i).ToList();

        var payload = ClusterFeedMessage.Write(StructuresChanged.Naming(98000001, ids), "host-a/12/0badcafe").Should().ContainSingle().Subject;

        Encoding.UTF8.GetByteCount(payload).Should().BeLessThan(8000);
        ((StructuresChanged)ClusterFeedMessage.Read(payload).Change).StructureIds.Should().BeEquivalentTo(ids);
    }

    [Fact]
    public void Naming_MoreStructuresThanTheMost_NamesNone()
    {
        StructuresChanged.Naming(1, [.. Enumerable.Range(0, StructuresChanged.MaxNamed + 1).Select(i => (long)i)]).StructureIds.Should().BeNull();
        StructuresChanged.Naming(1, [3, 2]).StructureIds.Should().Equal(2, 3);
    }

    [Fact]
    public void Write_ManyNotificationIds_SplitsThemIntoPayloadsPostgresAccepts_KeepingEveryId()
    {
        var ids = Enumerable.Range(0, 1001).Select(i => int.MinValue + i).ToList();
        var sender = new string('x', 300);

        var payloads = ClusterFeedMessage.Write(new NotificationsReceived(98000001, ids), sender).ToList();

        payloads.Should().HaveCount(3);
        payloads.Should().OnlyContain(p => Encoding.UTF8.GetByteCount(p) < 8000, "PostgreSQL refuses a payload of 8000 bytes or more");
        var read = payloads.Select(p => (NotificationsReceived)ClusterFeedMessage.Read(p).Change).ToList();
        read.Should().OnlyContain(r => r.OwnerId == 98000001);
        read.SelectMany(r => r.NotificationIds).Should().Equal(ids);
    }

    [Fact]
    public void Write_AFewNotificationIds_IsOnePayloadWithThemAll()
    {
        var payload = ClusterFeedMessage.Write(new NotificationsReceived(7, [3, 1, 2]), "a").Should().ContainSingle().Subject;

        ((NotificationsReceived)ClusterFeedMessage.Read(payload).Change).NotificationIds.Should().Equal(3, 1, 2);
    }

    [Theory]
    [InlineData("""{"From":"b","Change":{"type":"SomethingNewer","OwnerId":1}}""")]
    [InlineData("not json")]
    [InlineData("""{"Change":{"type":"StructuresChanged","OwnerId":1}}""")]
    public void Read_APayloadThisVersionCannotRead_MeansChangesMayBeMissed(string payload)
    {
        var (sender, change) = ClusterFeedMessage.Read(payload);

        sender.Should().BeEmpty();
        change.Should().Be(new ChangesMissed());
    }
}
