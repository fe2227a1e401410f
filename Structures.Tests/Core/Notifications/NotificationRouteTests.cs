using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Webhooks;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationRouteTests
{
    private const long Batcave = 1000000000001;

    [Theory]
    [InlineData("StructureUnderAttackX,StructureLostShields", false)]
    [InlineData("StructureLostShields, StructureUnderAttack", true)]
    [InlineData("", false)]
    public void Webhooks_TypeList_MatchesTheTypeExactly(string types, bool routed)
    {
        var alpha = Webhook("alpha", types);

        var targets = NotificationRoute.Webhooks(RenderingSamples.Context(1000000509), null, [alpha]);

        targets.Should().Equal(routed ? [alpha] : []);
    }

    [Fact]
    public void Webhooks_UnknownType_GoesOnlyToWebhooksThatAskForThem()
    {
        var alpha = Webhook("alpha", "StructureUnderAttack");
        var beta = Webhook("beta", "");
        beta.ForwardsUnknownTypes = true;

        var targets = NotificationRoute.Webhooks(Context("UnknownNotificationType", "structureID: 1\n"), null, [alpha, beta]);

        targets.Should().Equal(beta);
    }

    [Fact]
    public void Webhooks_InactiveWebhook_GetsNothing()
    {
        var alpha = Webhook("alpha", "StructureUnderAttack");
        alpha.IsActive = false;

        NotificationRoute.Webhooks(RenderingSamples.Context(1000000509), null, [alpha]).Should().BeEmpty();
    }

    [Fact]
    public void Webhooks_StructureWithItsOwnWebhooks_OverridesTheOwnersForThatStructureOnly()
    {
        var alpha = Webhook("alpha", "StructureLostShields");
        var beta = Webhook("beta", "StructureLostShields");
        var context = RenderingSamples.Context(1000000505);
        var batcave = Structure(Batcave);
        batcave.Webhooks.Add(beta);

        var toBatcave = NotificationRoute.Webhooks(context, NotificationRoute.MatchStructure(context, [batcave]), [alpha]);
        var toAnother = NotificationRoute.Webhooks(context, NotificationRoute.MatchStructure(context, [Structure(Batcave + 1, beta)]), [alpha]);

        toBatcave.Should().Equal(beta);
        toAnother.Should().Equal(alpha);
    }

    [Theory]
    [InlineData("StructureFuelAlert", "StructureFuelAlert", true, "beta")]
    [InlineData("StructureFuelAlert", "StructureUnderAttack", true, "")]
    [InlineData("StructureFuelAlert", "StructureFuelAlert", false, "alpha")]
    [InlineData("StructureJumpFuelAlert", "StructureFuelAlert", true, "")]
    [InlineData("StructureJumpFuelAlert", "StructureFuelAlert", false, "")]
    public void Webhooks_GeneratedAlert_GoesToTheStructuresWebhooksOverTheOwners_ThatTakeItsType(string type, string structureWebhookTypes, bool structureHasWebhook, string routed)
    {
        var alpha = Webhook("alpha", "StructureFuelAlert,StructureRefueledExtra");
        var beta = Webhook("beta", structureWebhookTypes);

        var targets = NotificationRoute.Webhooks(type, isKnown: true, structureHasWebhook ? [beta] : [], [alpha]);

        targets.Select(w => w.Name).Should().Equal(routed == "" ? [] : [routed]);
    }

    [Fact]
    public void MatchStructure_CustomsOfficeNews_FindsTheOfficeByItsPlanet()
    {
        var office = Structure(5, kind: StructureKind.CustomsOffice, planetId: 40161469);

        NotificationRoute.MatchStructure(RenderingSamples.Context(1000000601), [Structure(Batcave), office]).Should().BeSameAs(office);
    }

    [Fact]
    public void MatchStructure_NewsAboutNoStructure_MatchesNone()
    {
        NotificationRoute.MatchStructure(RenderingSamples.Context(1000000804), [Structure(Batcave)]).Should().BeNull();
    }

    private static Webhook Webhook(string name, string types) => new() { Name = name, Url = $"https://discord.com/api/webhooks/1/{name}", NotificationTypes = types };

    private static Structure Structure(long id, Webhook? webhook = null, StructureKind kind = StructureKind.Upwell, long? planetId = null) => new()
    {
        Id = id, OwnerId = 2001, Name = $"Structure {id}", TypeId = 35832, SolarSystemId = 30002537, Kind = kind, PlanetId = planetId,
        Webhooks = webhook is null ? [] : [webhook],
    };

    private static RenderContext Context(string type, string text) =>
        RenderingSamples.Context(type, text, RenderingSamples.Now, NotificationPayloads.Parse(type, text).Payload!);
}
