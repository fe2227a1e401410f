using Structures.Core.Discord;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;
using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationPingsTests
{
    private static readonly DiscordEmbed Embed = new() { Title = "Structure under attack" };

    [Theory]
    [InlineData("StructureUnderAttack", true, true, "", "@everyone")]
    [InlineData("StructureWentLowPower", true, true, "", "@here")]
    [InlineData("StructureOnline", true, true, "", null)]
    [InlineData("StructureUnderAttack", false, true, "", null)]
    [InlineData("StructureUnderAttack", true, false, "", null)]
    [InlineData("StructureUnderAttack", true, true, "StructureUnderAttack=here", "@here")]
    [InlineData("StructureOnline", true, true, "StructureFuelAlert=none;StructureOnline=everyone", "@everyone")]
    [InlineData("StructureUnderAttack", true, true, "StructureUnderAttack=none", null)]
    public void Message_PingMatrix_PingsByColourOrTheWebhooksChoice_WhenWebhookAndOwnerAllowIt(string type, bool webhookPings, bool ownerPings, string typePings, string? content)
    {
        var webhook = Webhook(pings: webhookPings, typePings: typePings);
        var owner = new Owner { CorporationName = "Wayne Technologies", HasDefaultPingsEnabled = ownerPings };

        var message = NotificationPings.Message(Embed, type, NotificationRenderer.InfoFor(type).Colour, webhook, owner, setAvatar: false);

        message.Content.Should().Be(content);
        message.AllowedMentions.Parse.Should().Equal(content is "@everyone" or "@here" ? ["everyone"] : []);
        message.AllowedMentions.Roles.Should().BeEmpty();
    }

    [Fact]
    public void Message_RoleMentionsOfWebhookAndOwner_PingExactlyThoseRolesOnce()
    {
        var owner = new Owner { CorporationName = "Wayne Technologies", PingRoleIds = "333,111" };

        var message = NotificationPings.Message(Embed, "StructureUnderAttack", NotificationColour.Danger, Webhook(pingRoles: "111, 222"), owner, setAvatar: false);

        message.Content.Should().Be("@everyone <@&111> <@&222> <@&333>");
        message.AllowedMentions.Roles.Should().Equal("111", "222", "333");
    }

    [Fact]
    public void Message_WithDefaultPingsOff_StillMentionsTheRoles()
    {
        var owner = new Owner { CorporationName = "Wayne Technologies", HasDefaultPingsEnabled = false };

        var message = NotificationPings.Message(Embed, "StructureUnderAttack", NotificationColour.Danger, Webhook(pingRoles: "111"), owner, setAvatar: false);

        message.Content.Should().Be("<@&111>");
        message.AllowedMentions.Parse.Should().BeEmpty();
        message.AllowedMentions.Roles.Should().Equal("111");
    }

    [Theory]
    [InlineData(PingLevel.Here, "", true, true, "@here <@&111111111111111111>")]
    [InlineData(PingLevel.Everyone, "", true, true, "@everyone <@&111111111111111111>")]
    [InlineData(PingLevel.None, "", true, true, "<@&111111111111111111>")]
    [InlineData(PingLevel.Here, "StructureFuelAlert=everyone", true, true, "@everyone <@&111111111111111111>")]
    [InlineData(PingLevel.Everyone, "StructureFuelAlert=none", true, true, "<@&111111111111111111>")]
    [InlineData(PingLevel.None, "StructureFuelAlert=here", true, true, "@here <@&111111111111111111>")]
    [InlineData(PingLevel.Here, "StructureFuelAlert=default|222222222222222222", true, true, "@here <@&111111111111111111> <@&222222222222222222>")]
    [InlineData(PingLevel.Here, "StructureFuelAlert=none|222222222222222222", true, true, "<@&111111111111111111> <@&222222222222222222>")]
    [InlineData(PingLevel.Here, "TowerAlertMsg=everyone|222222222222222222", true, true, "@here <@&111111111111111111>")]
    [InlineData(PingLevel.Everyone, "StructureFuelAlert=everyone|222222222222222222", false, true, "<@&111111111111111111> <@&222222222222222222>")]
    [InlineData(PingLevel.Everyone, "StructureFuelAlert=everyone", true, false, "<@&111111111111111111>")]
    public void Message_GeneratedAlertMatrix_RulePingOrTypeOverride_WithEveryRole(PingLevel rulePing, string typePings, bool webhookPings, bool ownerPings, string content)
    {
        var webhook = Webhook(pings: webhookPings, typePings: typePings, pingRoles: "111111111111111111");
        var owner = new Owner { CorporationName = "Wayne Technologies", HasDefaultPingsEnabled = ownerPings };

        var message = NotificationPings.Message(Embed, "StructureFuelAlert", rulePing, webhook, owner, setAvatar: false);

        message.Content.Should().Be(content);
        message.AllowedMentions.Parse.Should().Equal(content.StartsWith('@') ? ["everyone"] : []);
        message.AllowedMentions.Roles.Should().Equal(content.Split(' ').Where(m => m.StartsWith("<@&", StringComparison.Ordinal)).Select(m => m[3..^1]));
    }

    [Theory]
    [InlineData(true, "Notifications")]
    [InlineData(false, null)]
    public void Message_CarriesTheEmbed_AndTheAppsNameOnlyWhenItSetsTheAvatar(bool setAvatar, string? username)
    {
        var message = NotificationPings.Message(Embed, "StructureOnline", NotificationColour.Success, Webhook(), new Owner { CorporationName = "Wayne Technologies" }, setAvatar);

        message.Username.Should().Be(username);
        message.Embeds.Should().Equal(Embed);
    }

    private static Webhook Webhook(bool pings = true, string typePings = "", string pingRoles = "") => new()
    {
        Name = "alpha", Url = "https://discord.com/api/webhooks/1/token", HasDefaultPingsEnabled = pings, TypePings = typePings, PingRoleIds = pingRoles,
    };
}
