using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class GeneratedAlertRoutingTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;
    private const string WebhookRole = "111111111111111111", OwnerRole = "333333333333333333", TypeRole = "222222222222222222";

    [Fact]
    public async Task Evaluate_StructureWithItsOwnWebhook_SendsItsFuelAlertThereWithTheTypesPingAndRoles()
    {
        await SetUpAsync(batcaveWebhookTypePings: $"StructureFuelAlert=everyone|{TypeRole}");

        await Factory.Get<GeneratedAlerts>().EvaluateAsync(default);
        await DeliverAllAsync();

        var channel = Factory.Get<SimDiscordChannel>();
        var toBatcave = channel.Messages("batcave").Should().ContainSingle().Subject;
        toBatcave.Content.Should().Be($"@everyone <@&{WebhookRole}> <@&{OwnerRole}> <@&{TypeRole}>", "the type's @everyone replaces the rule's @here, and every role goes along");
        toBatcave.Payload.GetProperty("allowed_mentions").GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .Should().Equal(WebhookRole, OwnerRole, TypeRole);
        var embed = toBatcave.Embeds.Should().ContainSingle().Subject;
        embed.GetProperty("title").GetString().Should().Be("Structure fuel alert");
        embed.GetProperty("description").GetString().Should().Contain("**Batcave**");
        var toOwner = channel.Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("description").GetString()).ToList();
        toOwner.Should().NotBeEmpty().And.NotContain(d => d!.Contains("**Batcave**"), "a structure with webhooks of its own sends there instead of the owner's");
        channel.Messages("alpha").Select(m => m.Content).Distinct().Should().Equal($"@here <@&{OwnerRole}>");
    }

    [Fact]
    public async Task Evaluate_TypeSetToNone_SendsTheAlertWithoutHereButWithTheRoles()
    {
        await SetUpAsync(batcaveWebhookTypePings: "StructureFuelAlert=none");

        await Factory.Get<GeneratedAlerts>().EvaluateAsync(default);
        await DeliverAllAsync();

        Factory.Get<SimDiscordChannel>().Messages("batcave").Should().ContainSingle().Which.Content.Should().Be($"<@&{WebhookRole}> <@&{OwnerRole}>");
    }

    [Fact]
    public async Task Evaluate_StructureWebhookNotTakingTheType_GetsNothing_AndTheOwnersWebhooksAreNotAskedInstead()
    {
        await SetUpAsync(batcaveWebhookTypePings: "", batcaveWebhookTypes: "StructureUnderAttack");

        await Factory.Get<GeneratedAlerts>().EvaluateAsync(default);
        await DeliverAllAsync();

        var channel = Factory.Get<SimDiscordChannel>();
        channel.Messages("batcave").Should().BeEmpty();
        channel.Messages("alpha").SelectMany(m => m.Embeds).Should().NotContain(e => e.GetProperty("description").GetString()!.Contains("**Batcave**"));
    }

    private async Task SetUpAsync(string batcaveWebhookTypePings, string batcaveWebhookTypes = "StructureFuelAlert")
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook
            {
                Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true,
                NotificationTypes = "StructureFuelAlert,TowerResourceAlertMsg",
            });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await using var setup = await DbAsync();
        (await setup.Owners.SingleAsync(o => o.CorporationId == Wayne)).PingRoleIds = OwnerRole;
        var batcave = await setup.Structures.Include(s => s.Webhooks).SingleAsync(s => s.Name == "Batcave");
        batcave.Webhooks.Add(new Webhook
        {
            Name = "batcave", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/batcave/token", NotificationTypes = batcaveWebhookTypes,
            PingRoleIds = WebhookRole, TypePings = batcaveWebhookTypePings,
        });
        setup.FuelAlertRules.Add(new FuelAlertRule { StartHours = 48, EndHours = 0, RepeatHours = 0, Ping = AlertPing.Here });
        await setup.SaveChangesAsync();
    }
}
