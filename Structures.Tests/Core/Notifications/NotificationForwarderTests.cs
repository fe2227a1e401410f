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
    public async Task TypeFilter_IsExact()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttackX,StructureLostShields", isDefault: true);
        await AddOwnerAsync(90000001);

        await Emit("StructureUnderAttack");
        await FetchAndDeliverAsync();

        Factory.Get<SimDiscordChannel>().Messages("alpha").Should().BeEmpty();
        await using var db = await DbAsync();
        (await db.Notifications.SingleAsync()).IsForwarded.Should().BeFalse();
    }

    [Fact]
    public async Task UnknownTypes_GoOnlyToWebhooksThatAskForThem()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true);
        await AddWebhookAsync("beta", "", isDefault: true, unknownTypes: true);
        await AddOwnerAsync(90000001);

        await Emit("UnknownNotificationType");
        await FetchAndDeliverAsync();

        Factory.Get<SimDiscordChannel>().Messages("alpha").Should().BeEmpty();
        Factory.Get<SimDiscordChannel>().Messages("beta").Single().Embeds.Single().GetProperty("title").GetString().Should().Be("Unknown Notification Type");
    }

    [Fact]
    public async Task AllianceLevelNews_IsForwardedOnlyByTheAllianceMain()
    {
        await AddWebhookAsync("alpha", "SovStructureReinforced", isDefault: true);
        await AddOwnerAsync(90000001);
        await Emit("SovStructureReinforced");

        await FetchAndDeliverAsync();
        var beforeMain = Factory.Get<SimDiscordChannel>().Messages("alpha").Count;
        await using (var db = await DbAsync())
        {
            await db.Owners.ExecuteUpdateAsync(o => o.SetProperty(x => x.IsAllianceMain, true));
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default);
        await DeliverAllAsync();

        beforeMain.Should().Be(0);
        Factory.Get<SimDiscordChannel>().Messages("alpha").Single().Embeds.Single().GetProperty("author").GetProperty("name").GetString().Should().Be("Wayne Enterprises");
    }

    [Fact]
    public async Task PingsOff_OnTheWebhook_SendNoMention()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true, pings: false);
        await AddOwnerAsync(90000001);

        await Emit("StructureUnderAttack");
        await FetchAndDeliverAsync();

        var message = Factory.Get<SimDiscordChannel>().Messages("alpha").Single();
        message.Content.Should().BeNull();
        message.Payload.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData(1000134, false)]
    [InlineData(1000167, true)]
    [InlineData(98000003, true)]
    public async Task NpcAttacks_OnStructuresStarbasesAndSkyhooks_CanBeLeftOut_ButNotStarterCorporationsOrPlayers(long attackerCorporation, bool forwarded)
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Structures:ReportNpcAttacks"] = "false" }, Clock);
        await using (var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack,OrbitalAttacked,TowerAlertMsg,SkyhookUnderAttack", IsDefault = true });
            db.Owners.Add(new Owner { CorporationId = Wayne, CorporationName = "Wayne Technologies", Webhooks = [.. db.Webhooks.Local] });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 1, Type = "StructureUnderAttack", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = $"corpLinkData:\n- showinfo\n- 2\n- {attackerCorporation}\nstructureID: 1\n",
            });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 2, Type = "OrbitalAttacked", SenderType = "corporation", ContentKey = "b", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = $"aggressorCorpID: {attackerCorporation}\nplanetID: 40029526\n",
            });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 3, Type = "TowerAlertMsg", SenderType = "corporation", ContentKey = "c", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = $"aggressorCorpID: {attackerCorporation}\nmoonID: 40161465\n",
            });
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 4, Type = "SkyhookUnderAttack", SenderType = "corporation", ContentKey = "d", IsKnownType = true,
                Timestamp = Clock.GetUtcNow().UtcDateTime, Text = $"corpLinkData:\n- showinfo\n- 2\n- {attackerCorporation}\nitemID: 1000000010001\n",
            });
            await db.SaveChangesAsync();
        }

        var count = await factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default);

        count.Should().Be(forwarded ? 4 : 0);
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

    [Theory]
    [InlineData("StructureUnderAttack", true, true, "", "@everyone")]
    [InlineData("StructureWentLowPower", true, true, "", "@here")]
    [InlineData("StructureOnline", true, true, "", null)]
    [InlineData("StructureUnderAttack", false, true, "", null)]
    [InlineData("StructureUnderAttack", true, false, "", null)]
    [InlineData("StructureUnderAttack", true, true, "StructureUnderAttack=here", "@here")]
    [InlineData("StructureOnline", true, true, "StructureFuelAlert=none;StructureOnline=everyone", "@everyone")]
    [InlineData("StructureUnderAttack", true, true, "StructureUnderAttack=none", null)]
    public async Task PingMatrix(string type, bool webhookPings, bool ownerPings, string typePings, string? content)
    {
        await AddWebhookAsync("alpha", type, isDefault: true, pings: webhookPings, typePings: typePings);
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            await db.Owners.ExecuteUpdateAsync(o => o.SetProperty(x => x.HasDefaultPingsEnabled, ownerPings));
        }

        await Emit(type);
        await FetchAndDeliverAsync();

        var message = Factory.Get<SimDiscordChannel>().Messages("alpha").Single();
        message.Content.Should().Be(content);
        string[] expectedParse = content is "@everyone" or "@here" ? ["everyone"] : [];
        message.Payload.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray().Select(e => e.GetString()).Should().Equal(expectedParse);
    }

    [Fact]
    public async Task RoleMentions_OfWebhookAndOwner_PingExactlyThoseRoles()
    {
        await AddWebhookAsync("alpha", "StructureUnderAttack", isDefault: true, pingRoles: "111, 222");
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            await db.Owners.ExecuteUpdateAsync(o => o.SetProperty(x => x.PingRoleIds, "333,111"));
        }

        await Emit("StructureUnderAttack");
        await FetchAndDeliverAsync();

        var message = Factory.Get<SimDiscordChannel>().Messages("alpha").Single();
        message.Content.Should().Be("@everyone <@&111> <@&222> <@&333>");
        message.Payload.GetProperty("allowed_mentions").GetProperty("roles").EnumerateArray().Select(e => e.GetString()).Should().Equal("111", "222", "333");
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

    private async Task AddWebhookAsync(string id, string types, bool isDefault, bool unknownTypes = false, bool pings = true, string pingRoles = "", string typePings = "", string language = "en")
    {
        await using var db = await DbAsync();
        db.Webhooks.Add(new Webhook
        {
            Name = id, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{id}/token", NotificationTypes = types, IsDefault = isDefault,
            ForwardsUnknownTypes = unknownTypes, HasDefaultPingsEnabled = pings, PingRoleIds = pingRoles, TypePings = typePings, Language = language,
        });
        await db.SaveChangesAsync();
    }

    private async Task Emit(string type)
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/notifications", new { type, corporationId = Wayne });
        response.EnsureSuccessStatusCode();
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
