using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Structures;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

// "Send test notification": a sample rendered like a real notification, through the outbox, as Discord receives it.
public sealed class WebhookTesterTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const string Role = "123456789012345678";

    [Fact]
    public async Task SendTest_AttacksWebhook_PostsAMarkedSampleAttackWithItsPingsAndRoles()
    {
        var admin = await SignedInViewerAsync(90000001);
        var structure = await OwnerWithStructuresAsync();
        var webhook = await SaveAsync(admin, "Attacks", "attacks", "Attacks and timers");

        var result = await Factory.Get<WebhookAdministration>().SendTestAsync(admin, webhook, default);

        result.Should().Be(new WebhookTestResult(true, "OK: Discord accepted the test notification."));
        var message = Factory.Get<SimDiscordChannel>().Messages("attacks").Single();
        message.Content.Should().Be($"@everyone <@&{Role}>");
        var mentions = message.Payload.GetProperty("allowed_mentions");
        Strings(mentions.GetProperty("parse")).Should().Equal("everyone");
        Strings(mentions.GetProperty("roles")).Should().Equal(Role);
        var embed = message.Embeds.Single();
        var name = global::Structures.Core.Discord.DiscordMarkdown.Escape(structure.Name);
        embed.GetProperty("title").GetString().Should().Be("Test — Structure under attack");
        embed.GetProperty("description").GetString().Should().Contain($"**{name}**").And.Contain("Sample Attackers Alliance").And.Contain("42.5");
        embed.GetProperty("footer").GetProperty("text").GetString().Should().Be("Test notification from Structures, sent by Bruce Wayne");
        embed.GetProperty("author").GetProperty("name").GetString().Should().Be("Wayne Technologies");
    }

    [Fact]
    public async Task SendTest_FuelWebhook_PostsASampleFuelAlertWithoutEveryone()
    {
        var admin = await SignedInViewerAsync(90000001);
        await OwnerWithStructuresAsync();
        var webhook = await SaveAsync(admin, "Fuel", "fuel", "Fuel");

        await Factory.Get<WebhookAdministration>().SendTestAsync(admin, webhook, default);

        var message = Factory.Get<SimDiscordChannel>().Messages("fuel").Single();
        message.Content.Should().Be($"<@&{Role}>");
        Strings(message.Payload.GetProperty("allowed_mentions").GetProperty("parse")).Should().BeEmpty();
        message.Embeds.Single().GetProperty("title").GetString().Should().Be("Test — Structure fuel alert");
    }

    [Fact]
    public async Task SendTest_MoonMiningWebhook_PostsASampleFinishedExtractionWithoutPings()
    {
        var admin = await SignedInViewerAsync(90000001);
        await OwnerWithStructuresAsync();
        var webhook = await SaveAsync(admin, "Moon", "moon", "Moon mining");

        await Factory.Get<WebhookAdministration>().SendTestAsync(admin, webhook, default);

        var message = Factory.Get<SimDiscordChannel>().Messages("moon").Single();
        message.Content.Should().Be($"<@&{Role}>");
        var embed = message.Embeds.Single();
        embed.GetProperty("title").GetString().Should().Be("Test — Extraction finished");
        embed.GetProperty("description").GetString().Should().Contain("the extraction has finished. The chunk fractures automatically at");
    }

    [Fact]
    public async Task SendTest_Succeeded_ShowsAsLastSentAndAsATestInTheDeliveryLog()
    {
        var admin = await SignedInViewerAsync(90000001);
        await OwnerWithStructuresAsync();
        var webhook = await SaveAsync(admin, "Attacks", "attacks", "Attacks and timers");
        var administration = Factory.Get<WebhookAdministration>();
        var before = (await administration.ListAsync(admin, default)).Single();

        await administration.SendTestAsync(admin, webhook, default);

        before.IsUntested.Should().BeTrue();
        before.LastSentAt.Should().BeNull();
        var after = (await administration.ListAsync(admin, default)).Single();
        after.IsUntested.Should().BeFalse();
        after.LastSentAt.Should().NotBeNull().And.Be(after.TestSucceededAt);
        after.LastError.Should().BeNull();
        var delivery = (await administration.DeliveriesAsync(admin, webhook, 10, default)).Single();
        delivery.IsTest.Should().BeTrue();
        delivery.Status.Should().Be(QueuedMessageStatus.Sent);
        delivery.NotificationId.Should().BeNull();
    }

    [Fact]
    public async Task SendTest_WebhookDeletedInDiscord_SaysSo_DisablesIt_AndDeadLettersTheTest()
    {
        ExpectLog("WebhookDisabled");
        var admin = await SignedInViewerAsync(90000001);
        var webhook = await SaveAsync(admin, "Gone", "gone", "Fuel");
        await Http.PostAsync("/sim/control/discord/webhooks/gone/delete", null);
        var administration = Factory.Get<WebhookAdministration>();

        var gone = await administration.SendTestAsync(admin, webhook, default);
        var again = await administration.SendTestAsync(admin, webhook, default);
        var missing = await administration.SendTestAsync(admin, 404, default);

        gone.Should().Be(new WebhookTestResult(false, "Discord: Unknown Webhook (it was deleted)."));
        again.Ok.Should().BeFalse();
        again.Message.Should().StartWith("The webhook is disabled: Discord: Unknown Webhook");
        missing.Should().Be(new WebhookTestResult(false, "There is no such webhook."));
        var delivery = (await administration.DeliveriesAsync(admin, webhook, 10, default)).Single();
        (delivery.IsTest, delivery.Status, delivery.LastError).Should().Be((true, QueuedMessageStatus.DeadLettered, "Discord: Unknown Webhook (it was deleted)."));
        (await administration.ListAsync(admin, default)).Single().IsUntested.Should().BeTrue();
    }

    private async Task<Structure> OwnerWithStructuresAsync()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var db = await DbAsync();
        return await db.Structures.Where(s => s.OwnerId == 98000001 && s.Kind == StructureKind.Upwell).OrderBy(s => s.Name).FirstAsync();
    }

    private async Task<int> SaveAsync(global::Structures.Core.Access.ViewerId admin, string name, string channel, string preset)
    {
        var form = new WebhookForm { Name = name, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{channel}/token", PingRoleIds = Role, OwnerIds = [98000001] };
        WebhookPreset.Find(preset)!.ApplyTo(form);
        var saved = await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, form, default);
        saved.Succeeded.Should().BeTrue(saved.Message);
        await using var db = await DbAsync();
        return await db.Webhooks.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
