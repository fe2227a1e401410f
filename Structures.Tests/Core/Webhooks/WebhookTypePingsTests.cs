using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

public sealed class WebhookTypePingsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const string Role = "111111111111111111";

    [Fact]
    public async Task Save_AdminsChoices_AreStoredAndReadBack()
    {
        var admin = await SignedInViewerAsync(90000001);
        var webhookId = await AddWebhookAsync("StructureOnline=everyone");
        var pings = Factory.Get<WebhookTypePings>();

        var result = await pings.SaveAsync(admin, webhookId, new Dictionary<string, TypePingEntry>
        {
            ["StructureFuelAlert"] = new(PingLevel.None, $" {Role} , 222222222222222222"),
            ["TowerReinforcedExtra"] = new(PingLevel.Here, ""),
            ["StructureOnline"] = new(PingLevel.Default, ""),
        }, default);

        result.Succeeded.Should().BeTrue(result.Message);
        await using var db = await DbAsync();
        (await db.Webhooks.SingleAsync()).TypePings.Should().Be($"StructureFuelAlert=none|{Role},222222222222222222;TowerReinforcedExtra=here");
        var choices = await pings.ChoicesAsync(admin, webhookId, default);
        choices!.Pings.Keys.Should().BeEquivalentTo("StructureFuelAlert", "TowerReinforcedExtra");
        choices.Pings["StructureFuelAlert"].RoleIds.Should().Equal(Role, "222222222222222222");
        choices.ForwardedTypes.Should().BeEquivalentTo("StructureFuelAlert");
    }

    [Theory]
    [InlineData("NoSuchType", PingLevel.Here, "", "Unknown notification type: NoSuchType")]
    [InlineData("structurefuelalert", PingLevel.Here, "", "Unknown notification type: structurefuelalert")]
    [InlineData("StructureFuelAlert", (PingLevel)42, "", "Choose the default, none, @here or @everyone")]
    [InlineData("StructureFuelAlert", PingLevel.Here, "@officers", "\"@officers\" is not a Discord role ID")]
    [InlineData("StructureFuelAlert", PingLevel.Here, "12345", "\"12345\" is not a Discord role ID")]
    public async Task Save_HostileInput_IsRefusedAndChangesNothing(string type, PingLevel level, string roles, string refusal)
    {
        var admin = await SignedInViewerAsync(90000001);
        var webhookId = await AddWebhookAsync("StructureOnline=everyone");

        var result = await Factory.Get<WebhookTypePings>().SaveAsync(admin, webhookId, new Dictionary<string, TypePingEntry> { [type] = new(level, roles) }, default);

        result.Succeeded.Should().BeFalse();
        result.Message.Should().StartWith(refusal);
        await using var db = await DbAsync();
        (await db.Webhooks.SingleAsync()).TypePings.Should().Be("StructureOnline=everyone");
    }

    [Fact]
    public async Task Save_NotAnAdmin_IsRefused_AndSeesNoChoices()
    {
        var member = await SignedInViewerAsync(90000003);
        var webhookId = await AddWebhookAsync("");
        var pings = Factory.Get<WebhookTypePings>();

        var result = await pings.SaveAsync(member, webhookId, new Dictionary<string, TypePingEntry> { ["StructureFuelAlert"] = new(PingLevel.Everyone, "") }, default);

        result.Should().Be(ChangeResult.NotPermitted);
        (await pings.ChoicesAsync(member, webhookId, default)).Should().BeNull();
        await using var db = await DbAsync();
        (await db.Webhooks.SingleAsync()).TypePings.Should().BeEmpty();
    }

    [Fact]
    public async Task Save_WebhookThatDoesNotExist_IsRefused()
    {
        var admin = await SignedInViewerAsync(90000001);

        var result = await Factory.Get<WebhookTypePings>().SaveAsync(admin, 4242, new Dictionary<string, TypePingEntry> { ["StructureFuelAlert"] = new(PingLevel.Everyone, "") }, default);

        result.Succeeded.Should().BeFalse();
        result.Message.Should().StartWith("There is no such webhook.");
        (await Factory.Get<WebhookTypePings>().ChoicesAsync(admin, 4242, default)).Should().BeNull();
    }

    private async Task<int> AddWebhookAsync(string typePings)
    {
        await using var db = await DbAsync();
        var webhook = new Webhook { Name = "Ops", Url = "https://discord.com/api/webhooks/1/token", NotificationTypes = "StructureFuelAlert", TypePings = typePings };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    }
}
