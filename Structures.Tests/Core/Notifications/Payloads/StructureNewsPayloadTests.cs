using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Payloads;

// The texts of the types beyond aa-structures' list, read from the samples written for the tests.
public sealed class StructureNewsPayloadTests
{
    [Fact]
    public void Abandonment_IsDueTheDaysItNamesAfterTheNotice()
    {
        var context = RenderingSamples.Context(2000000001);

        var abandonment = (Abandonment)context.Payload;

        abandonment.DaysLeft.Should().Be(2);
        abandonment.IsCorpOwned.Should().BeTrue();
        abandonment.AbandonedAt(context.Notification.Timestamp).Should().Be(new DateTime(2019, 10, 7, 10, 0, 0, DateTimeKind.Utc));
        abandonment.Place.StructureId.Should().Be(1000000000001);
    }

    [Theory]
    [InlineData("daysUntilAbandon: -1")]
    [InlineData("daysUntilAbandon: 9223372036854775807")]
    public void Abandonment_WithDaysNoCalendarHolds_HasNoDate(string text)
    {
        var abandonment = (Abandonment)NotificationPayloads.Parse("StructureImpendingAbandonmentAssetsAtRisk", text).Payload!;

        abandonment.AbandonedAt(RenderingSamples.Now).Should().BeNull();
    }

    [Fact]
    public void AssetSafety_ReadsWhenItemsMayMoveAndWhenTheyArrive()
    {
        var safety = (AssetSafety)RenderingSamples.Context(2000000002).Payload;

        safety.AvailableFrom.Should().Be(new DateTime(2019, 10, 10, 10, 0, 0, DateTimeKind.Utc));
        safety.DeliveredAt.Should().Be(new DateTime(2019, 10, 25, 10, 0, 0, DateTimeKind.Utc));
        safety.StationId.Should().Be(60003760);
    }

    [Fact]
    public void ItemsDelivered_ReadsWhoAndWhat()
    {
        var delivered = (ItemsDelivered)RenderingSamples.Context(2000000003).Payload;

        delivered.CharacterId.Should().Be(1001);
        delivered.Items.Should().Equal(new FuelQuantity(46300, 5), new FuelQuantity(46301, 1200));
    }

    [Fact]
    public void IndustryJobs_ReadsHowMany()
    {
        ((StructureNotice)RenderingSamples.Context(2000000004).Payload).JobCount.Should().Be(3);
        ((StructureNotice)RenderingSamples.Context(2000000006).Payload).CharacterId.Should().Be(1001);
    }

    [Fact]
    public void MutualWarInvitation_ReadsWhenItExpires()
    {
        var invitation = RenderingSamples.Written().Single(s => s.GetProperty("type").GetString() == "MutualWarInviteSent");

        var war = (WarNotice)RenderingSamples.Context(invitation.GetProperty("notification_id").GetInt64()).Payload;

        war.DeclarerId.Should().Be(3001);
        war.TargetId.Should().Be(3011);
        war.EndsAt.Should().Be(new DateTime(2019, 10, 12, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void SovereigntyCampaign_OfAnUnknownKind_IsToldAsOther()
    {
        const string text = "campaignEventType: 3\ndecloakTime: 132149966020000000\nsolarSystemID: 30000474\n";
        var payload = (SovereigntyEvent)NotificationPayloads.Parse("SovStructureReinforced", text).Payload!;

        var words = NotificationRenderer.Words(RenderingSamples.Context("SovStructureReinforced", text, RenderingSamples.Now, payload), RenderingSamples.English);

        payload.StructureTypeId.Should().BeNull();
        words.Title.Should().Be("Other in 1-PGSG has entered reinforced mode");
        words.Description.Should().StartWith("The Other in [1-PGSG]");
    }
}
