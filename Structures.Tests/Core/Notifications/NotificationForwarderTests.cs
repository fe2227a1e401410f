using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationForwarderTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task Attack_ReachesTheOwnersWebhook_RenderedWithOurStructure_AndPingsEveryone()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack,StructureLostShields", isDefault: true);
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var keepstar = await IdOf("Wayne Tower");

        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        await FetchAndDeliverAsync();

        var message = Factory.Get<SimDiscordChannel>().Messages("alpha").Single();
        message.Content.Should().Be("@everyone");
        message.Payload.GetProperty("allowed_mentions").GetProperty("parse")[0].GetString().Should().Be("everyone");
        var embed = message.Embeds.Single();
        embed.GetProperty("title").GetString().Should().Be("Structure under attack");
        embed.GetProperty("description").GetString().Should().StartWith("The Keepstar **Wayne Tower** in [1-PGSG]").And.Contain("Big Bad Alliance");
        embed.GetProperty("author").GetProperty("name").GetString().Should().Be("Wayne Technologies");
    }

    [Fact]
    public async Task StaleNotifications_AreNotForwarded()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true);
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 7, Type = "StructureUnderAttack", SenderType = "corporation", Text = "structureID: 1",
                ContentKey = "old", IsKnownType = true, Timestamp = Clock.GetUtcNow().UtcDateTime.AddHours(-25),
            });
            await db.SaveChangesAsync();
        }

        (await Factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default)).Should().Be(0);
    }

    // The withholding rules are NotificationWithholdingTests; this shows the forwarder applies them with its setting.
    [Fact]
    public async Task NpcAttack_WithReportNpcAttacksOff_IsNotForwarded()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Structures:ReportNpcAttacks"] = "false" }, Clock);
        await using (var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack", IsDefault = true });
            db.Owners.Add(new Owner { CorporationId = Wayne, CorporationName = "Wayne Technologies", Webhooks = [.. db.Webhooks.Local] });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 1, Type = "StructureUnderAttack", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = "corpLinkData:\n- showinfo\n- 2\n- 1000134\nstructureID: 1\n",
            });
            await db.SaveChangesAsync();
        }

        var count = await factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default);

        count.Should().Be(0);
        await using var check = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await check.Set<QueuedMessage>().AnyAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task StructureWebhooks_OverrideTheOwners_ForThatStructureOnly()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true);
        await AddWebhookAsync("beta", "StructureUnderAttack", isDefault: false);
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var keepstar = await IdOf("Wayne Tower");
        var fortizar = await IdOf("Gotham Market");
        await using (var db = await DbAsync())
        {
            var structure = await db.Structures.Include(s => s.Webhooks).SingleAsync(s => s.Id == keepstar);
            structure.Webhooks.Add(await db.Webhooks.SingleAsync(w => w.Name == "beta"));
            await db.SaveChangesAsync();
        }

        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        await Http.PostAsJsonAsync($"/sim/control/structures/{fortizar}/attack", new { });
        await FetchAndDeliverAsync();

        Factory.Get<SimDiscordChannel>().Messages("beta").SelectMany(m => m.Embeds).Should().ContainSingle()
            .Which.GetProperty("description").GetString().Should().Contain("Wayne Tower");
        Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Should().ContainSingle()
            .Which.GetProperty("description").GetString().Should().Contain("Gotham Market");
    }

    [Fact]
    public async Task EachWebhook_GetsTheMessageInItsLanguage_AndOneWithoutALanguageInTheDefault()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true, language: "de");
        await AddWebhookAsync("beta", "StructureUnderAttack", isDefault: true, language: "en");
        await AddWebhookAsync("gamma", "StructureUnderAttack", isDefault: true, language: "");
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var keepstar = await IdOf("Wayne Tower");

        await Http.PostAsJsonAsync($"/sim/control/structures/{keepstar}/attack", new { });
        await FetchAndDeliverAsync();

        var german = Factory.Get<SimDiscordChannel>().Messages("alpha").Single().Embeds.Single();
        german.GetProperty("title").GetString().Should().Be("Struktur wird angegriffen");
        german.GetProperty("description").GetString().Should().StartWith("Die Keepstar **Wayne Tower** von [Wayne Technologies]").And.Contain("Schild: ");
        Factory.Get<SimDiscordChannel>().Messages("beta").Single().Embeds.Single().GetProperty("title").GetString().Should().Be("Structure under attack");
        Factory.Get<SimDiscordChannel>().Messages("gamma").Single().Embeds.Single().GetProperty("title").GetString().Should().Be("Structure under attack");
    }

    [Fact]
    public async Task DefaultLanguageSetting_IsTheLanguageOfWebhooksThatNameNone()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Structures:DefaultLanguage"] = "de" }, Clock);
        await using (var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureLostShields", Language = "" });
            db.Owners.Add(new Owner { CorporationId = Wayne, CorporationName = "Wayne Technologies", Webhooks = [.. db.Webhooks.Local] });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 1, Type = "StructureLostShields", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = "structureID: 1\ntimeLeft: 1727805401093\n",
            });
            await db.SaveChangesAsync();
        }

        await factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default);

        await using var check = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await check.Set<QueuedMessage>().SingleAsync()).Payload.Should().Contain("Struktur hat Schild verloren");
    }

    [Fact]
    public async Task ForwardAsync_RendersFromTheTextAsRead_NeverFromTheStoredYaml()
    {
        await AddWebhookAsync("alpha", "StructureLostShields", isDefault: true);
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var keepstar = await IdOf("Wayne Tower");
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync();
        var row = new Notification
        {
            OwnerId = Wayne, NotificationId = 1, Type = "StructureLostShields", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
            Timestamp = Clock.GetUtcNow().UtcDateTime, Text = "not: [yaml",
        };
        db.Notifications.Add(row);
        await db.SaveChangesAsync();
        var read = ParsedNotification.Parse(new Notification
        {
            OwnerId = Wayne, Type = "StructureLostShields", SenderType = "corporation", ContentKey = "a", Text = $"structureID: {keepstar}\ntimeLeft: 1727805401093\n",
        }) with { Row = row };

        var forwarded = await Factory.Get<NotificationForwarder>().ForwardAsync(db, owner, [read], default);
        await DeliverAllAsync();

        forwarded.Should().Be(1);
        row.IsForwarded.Should().BeTrue();
        row.ProcessingError.Should().BeNull();
        Factory.Get<SimDiscordChannel>().Messages("alpha").Single().Embeds.Single().GetProperty("description").GetString()
            .Should().StartWith("The structure **Wayne Tower** in (unknown system)").And.Contain("has lost its shields");
    }

    private async Task AddWebhookAsync(string id, string types, bool isDefault, string language = "en")
    {
        await using var db = await DbAsync();
        db.Webhooks.Add(new Webhook
        {
            Name = id, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{id}/token", NotificationTypes = types, IsDefault = isDefault, Language = language,
        });
        await db.SaveChangesAsync();
    }

    private async Task FetchAndDeliverAsync()
    {
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await DeliverAllAsync();
    }

    private async Task<long> IdOf(string name)
    {
        await using var db = await DbAsync();
        return await db.Structures.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }
}
