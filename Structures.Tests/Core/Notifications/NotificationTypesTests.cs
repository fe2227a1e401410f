using System.Text.Json;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationTypesTests
{
    [Fact]
    public void EveryTypeOfEsisEnum_IsHandledOrDeliberatelyGeneric()
    {
        var untaught = EsiTypes().Where(t => !NotificationTypes.IsKnown(t) && !GenericNotificationTypes.All.Contains(t.Trim()));

        untaught.Should().BeEmpty("each type of ESI's enum is either described or listed as deliberately generic");
    }

    [Fact]
    public void NoType_IsBothHandledAndGeneric_AndEveryGenericTypeIsEsis()
    {
        GenericNotificationTypes.All.Where(NotificationTypes.IsKnown).Should().BeEmpty();
        GenericNotificationTypes.All.Should().BeSubsetOf(EsiTypes().Select(t => t.Trim()));
    }

    [Fact]
    public void EveryHandledEsiType_HasASample()
    {
        var sampled = RenderingSamples.All().Select(s => s.GetProperty("type").GetString()!).ToHashSet();

        NotificationTypes.All.Where(t => !t.IsGenerated).Select(t => t.Name).Where(t => !sampled.Contains(t))
            .Should().BeEmpty("every type the product describes is rendered from a sample in the tests");
    }

    [Theory]
    [InlineData("KillReportVictim")]
    [InlineData("StationConquerMsg")]
    [InlineData("FWCorpJoinMsg")]
    public void GenericType_IsToldAsAnUnknownType(string type)
    {
        var context = RenderingSamples.Context(type, "solarSystemID: 30002537\n", RenderingSamples.Now, StructureNoticeOf(type));

        var words = NotificationRenderer.Words(context, RenderingSamples.English);

        context.Info.Family.Should().Be(NotificationFamily.Unknown, "webhooks get it only when they ask for unknown types");
        words.Description.Should().Be($"[Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) received a notification of type `{type}`, which Structures cannot describe yet.");
    }

    [Theory]
    [InlineData("SovAllClaimLostMsg", NotificationColour.Danger)]
    [InlineData("StructureImpendingAbandonmentAssetsAtRisk", NotificationColour.Danger)]
    [InlineData("BillPaidCorpAllMsg", NotificationColour.Success)]
    [InlineData("MutualWarInviteSent", NotificationColour.Info)]
    [InlineData("SovCorpBillLateMsg", NotificationColour.Danger)]
    public void Colour_FollowsWhatTheNewsMeansForTheOwner(string type, NotificationColour colour)
    {
        NotificationTypes.Find(type)!.Colour.Should().Be(colour);
    }

    private static NotificationPayload StructureNoticeOf(string type) => NotificationPayloads.Parse(type, "solarSystemID: 30002537\n").Payload!;

    private static List<string> EsiTypes()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "esi", "openapi.json"));
        using var document = JsonDocument.Parse(stream);
        var type = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("CharactersCharacterIdNotificationsGet")
            .GetProperty("items").GetProperty("properties").GetProperty("type");
        return [.. type.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
    }
}
