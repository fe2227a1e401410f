using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// "Send again" against the real database and the simulated Discord: what it says it will do is what Discord receives.
public sealed class NotificationResenderTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" }, fakeClock: true)
{
    [Fact]
    public async Task Plan_NamesTheChannelAndItsPings_AndWithoutPings_DiscordReceivesNoMention()
    {
        var (admin, id) = await AttackForwardedToOpsAsync();
        var resender = Factory.Get<NotificationResender>();

        var plan = await resender.PlanAsync(admin, id, default);
        var result = await resender.ResendAsync(admin, id, withPings: false, default);
        await DeliverAllAsync();

        plan.Refusal.Should().BeNull();
        plan.Targets.Should().Equal(new ResendTarget("Ops", "@everyone <@&1234>"));
        result.Should().Be(ChangeResult.Done("StructureUnderAttack queued for 1 webhook(s) without pings."));
        var messages = Factory.Get<SimDiscordChannel>().Messages("ops");
        messages.Should().HaveCount(2);
        messages[0].Content.Should().Be("@everyone <@&1234>");
        messages[1].Content.Should().BeNull();
        messages[1].Payload.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().Should().Be(0);
        messages[1].Payload.GetProperty("allowed_mentions").GetProperty("roles").GetArrayLength().Should().Be(0);
        messages[1].Embeds.Single().GetProperty("title").GetString().Should().Be("[Resent] Structure under attack");
    }

    [Fact]
    public async Task Resend_WithPings_CarriesThemAndTheResentMarker_AndTheListShowsOneDeliveryForTheWebhook()
    {
        var (admin, id) = await AttackForwardedToOpsAsync();

        var result = await Factory.Get<NotificationResender>().ResendAsync(admin, id, withPings: true, default);
        await DeliverAllAsync();

        result.Should().Be(ChangeResult.Done("StructureUnderAttack queued for 1 webhook(s)."));
        var resent = Factory.Get<SimDiscordChannel>().Messages("ops")[^1];
        resent.Content.Should().Be("@everyone <@&1234>");
        resent.Embeds.Single().GetProperty("title").GetString().Should().Be("[Resent] Structure under attack");
        await using var db = await DbAsync();
        (await db.QueuedMessages.OrderBy(m => m.Id).Select(m => m.IsResend).ToListAsync()).Should().Equal(false, true);
        var row = (await Factory.Get<NotificationList>().ForAsync(admin, new NotificationFilter(), default)).Rows.Single();
        row.Deliveries.Should().Equal(new NotificationDelivery("Ops", QueuedMessageStatus.Sent, 2, 1, 0, null));
    }

    [Fact]
    public async Task Plan_ForAViewerWhoMayNotManageSettings_IsRefused()
    {
        var (_, id) = await AttackForwardedToOpsAsync();
        var member = await SignedInViewerAsync(90000003);

        var plan = await Factory.Get<NotificationResender>().PlanAsync(member, id, default);

        plan.Targets.Should().BeEmpty();
        plan.Refusal.Should().Be(ChangeResult.NotPermitted.Message);
    }

    private async Task<(ViewerId Admin, int Id)> AttackForwardedToOpsAsync()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook
            {
                Name = "Ops", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/ops/token", IsDefault = true, NotificationTypes = "StructureUnderAttack", PingRoleIds = "1234",
            });
            await db.SaveChangesAsync();
        }

        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(NotificationSamples.Attack(1, Clock.GetUtcNow().UtcDateTime.AddMinutes(-5)));
            await db.SaveChangesAsync();
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(98000001, default);
        await DeliverAllAsync();
        await using var check = await DbAsync();
        return (admin, await check.Notifications.Select(n => n.Id).SingleAsync());
    }
}
