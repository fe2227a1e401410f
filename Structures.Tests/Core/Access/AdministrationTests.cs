using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// The admin tools against the real database: each change does what it says, and a refused one changes nothing.
public sealed class AdministrationTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task FuelAlertRules_AreValidated_AndStored()
    {
        var admin = await SignedInViewerAsync(90000001);
        var settings = Factory.Get<FuelAlertAdministration>();

        var backwards = await settings.AddAsync(admin, new FuelAlertForm { StartHours = 10, EndHours = 24, RepeatHours = 0 }, default);
        var good = await settings.AddAsync(admin, new FuelAlertForm { StartHours = 72, EndHours = 0, RepeatHours = 24 }, default);
        var gate = await settings.AddJumpFuelAsync(admin, new JumpFuelAlertForm { Threshold = 0 }, default);

        backwards.Message.Should().StartWith("The window must end closer to running out than it starts");
        good.Succeeded.Should().BeTrue();
        gate.Message.Should().Be("The threshold is a number of liquid ozone units above 0.");
        var (fuel, jumpFuel) = await settings.ListAsync(admin, default);
        fuel.Should().ContainSingle().Which.RepeatHours.Should().Be(24);
        jumpFuel.Should().BeEmpty();
    }

    [Fact]
    public async Task Tags_AreMadeAndPutOnStructures_GeneratedOnesStay()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var tags = Factory.Get<TagAdministration>();
        long structureId;
        await using (var db = await DbAsync())
        {
            structureId = await db.Structures.Where(s => s.Tags.Any()).Select(s => s.Id).FirstAsync();
        }

        (await tags.SaveAsync(admin, null, new TagForm { Name = "staging" }, default)).Succeeded.Should().BeTrue();
        (await tags.SaveAsync(admin, null, new TagForm { Name = "staging" }, default)).Message.Should().Be("There is already a tag called staging.");
        (await tags.SaveAsync(admin, null, new TagForm { Name = "a,b" }, default)).Message.Should().Be("Tag names cannot contain commas or semicolons.");
        var staging = (await tags.ListAsync(admin, default)).Single(t => t.Name == "staging");
        var generated = (await tags.ListAsync(admin, default)).First(t => !t.IsUserManaged);
        (await tags.DeleteAsync(admin, generated.Id, default)).Succeeded.Should().BeFalse();
        (await tags.SetStructureTagsAsync(admin, structureId, [staging.Id, generated.Id], default)).Succeeded.Should().BeTrue();

        await using var check = await DbAsync();
        var names = await check.Structures.Where(s => s.Id == structureId).SelectMany(s => s.Tags.Select(t => t.Name)).ToListAsync();
        names.Should().Contain("staging");
        names.Count(n => n != "staging").Should().BeGreaterThan(0, "the sync's own tags stay on the structure");
    }

    [Fact]
    public async Task Purge_NeedsTheWord_ThenDeletesWhatCameFromEve_AndKeepsTheSetup()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc", OwnerIds = [98000001] }, default);
        var purge = Factory.Get<DataPurge>();
        var summary = await purge.SummaryAsync(admin, default);

        var refused = await purge.PurgeAsync(admin, "purge please", default);
        await using (var db = await DbAsync())
        {
            (await db.Structures.CountAsync()).Should().BeGreaterThan(0);
        }

        var done = await purge.PurgeAsync(admin, "PURGE", default);

        summary.Should().Contain(("owners", 1));
        refused.Message.Should().Be("Type PURGE to confirm. Nothing was deleted.");
        done.Succeeded.Should().BeTrue();
        await using var after = await DbAsync();
        (await after.Owners.CountAsync()).Should().Be(0);
        (await after.Structures.CountAsync()).Should().Be(0);
        (await after.OwnerCharacters.CountAsync()).Should().Be(0);
        (await after.Webhooks.SingleAsync()).Name.Should().Be("Ops");
        (await after.Characters.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Resend_QueuesTheNotificationAgain_ButNotAStaleOne()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, new WebhookForm
        {
            Name = "Ops", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/42/token", Types = ["StructureUnderAttack"], OwnerIds = [98000001],
        }, default);
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(Notification(1, now.AddMinutes(-5)));
            db.Notifications.Add(Notification(2, now.AddDays(-3)));
            await db.SaveChangesAsync();
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(98000001, default);
        var resender = Factory.Get<NotificationResender>();
        int fresh, stale;
        await using (var db = await DbAsync())
        {
            fresh = await db.Notifications.Where(n => n.NotificationId == 1).Select(n => n.Id).SingleAsync();
            stale = await db.Notifications.Where(n => n.NotificationId == 2).Select(n => n.Id).SingleAsync();
        }

        var again = await resender.ResendAsync(admin, fresh, default);
        var old = await resender.ResendAsync(admin, stale, default);

        again.Should().Be(ChangeResult.Done("StructureUnderAttack queued for 1 webhook(s)."));
        old.Message.Should().StartWith("This notification is older than 24 hours");
        await using var check = await DbAsync();
        (await check.QueuedMessages.CountAsync(m => m.NotificationId == 1)).Should().Be(2);
        (await check.QueuedMessages.CountAsync(m => m.NotificationId == 2)).Should().Be(0);
    }

    [Fact]
    public async Task AStructuresOwnWebhooks_TakeItsNotifications_InsteadOfTheOwners()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var settings = Factory.Get<WebhookAdministration>();
        await settings.SaveAsync(admin, null, new WebhookForm { Name = "Owner", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/1/token", Types = ["StructureUnderAttack"], OwnerIds = [98000001] }, default);
        await settings.SaveAsync(admin, null, new WebhookForm { Name = "Tower", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/2/token", Types = ["StructureUnderAttack"] }, default);
        var tower = (await settings.ListAsync(admin, default)).Single(w => w.Name == "Tower");

        var result = await settings.SetStructureWebhooksAsync(admin, 1035000000001, [tower.Id], default);
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(Notification(1, Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(98000001, default);

        result.Message.Should().Be("Wayne Tower sends its notifications to Tower instead of its owner's webhooks.");
        await using var check = await DbAsync();
        (await check.QueuedMessages.Select(m => m.WebhookId).ToListAsync()).Should().Equal(tower.Id);
    }

    [Fact]
    public async Task OwnerForm_IsSaved_AndSyncNowReportsTheSync()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        var owners = Factory.Get<OwnerAdministration>();

        var saved = await owners.SaveAsync(admin, 98000001, new OwnerForm { IsActive = true, IsAllianceMain = true, IsIncludedInServiceStatus = false, PingRoleIds = " 123456789012345678 ,223456789012345678" }, default);
        var synced = await owners.SyncNowAsync(admin, 98000001, default);

        saved.Succeeded.Should().BeTrue();
        // Adding the owner started a sync; when it ran first, ESI's cached list is what "Sync now" gets, and it says so.
        synced.Message.Should().MatchRegex(@"^(Synced: \d+ structures, 0 removed; notifications fetched\.|ESI answered from its cache: it holds the structure list until \d\d:\d\d EVE; nothing newer before then\. .+)$");
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync();
        owner.IsAllianceMain.Should().BeTrue();
        owner.IsIncludedInServiceStatus.Should().BeFalse();
        owner.PingRoleIds.Should().Be("123456789012345678,223456789012345678");
        (await db.Structures.CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task LinkingACharacter_AddsItsCorporationToWhatTheUserSees()
    {
        await AddOwnerAsync(90000006);
        await SyncAsync(98000003);
        using var alfred = await SignedInClientAsync(90000003);
        var before = await Factory.Get<Viewers>().ForCharacterAsync(90000003, default);

        await SsoRoundTripAsync(alfred, "/auth/link", 90000008);
        var page = await alfred.GetStringAsync("/characters");
        var after = await Factory.Get<Viewers>().ForCharacterAsync(90000003, default);

        before.CorporationIds.Should().BeEquivalentTo([98000001L]);
        after.CorporationIds.Should().BeEquivalentTo([98000001L, 98000003L]);
        after.Can(Permission.BasicAccess).Should().BeTrue();
        page.Should().Contain("Alfred Pennyworth").And.Contain("Edward Nygma").And.Contain("Bad Company").And.Contain("Big Bad Alliance");
        (await Factory.Get<StructureBoard>().VisibleToAsync(await ViewerIdOfAsync(90000003), default)).Should().Contain(r => r.OwnerId == 98000003);
    }

    private static Notification Notification(long id, DateTime at) => new()
    {
        OwnerId = 98000001, NotificationId = id, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = at,
        Text = "allianceID: 99000002\nallianceLinkData:\n- showinfo\n- 16159\n- 99000002\nallianceName: Big Bad Alliance\narmorPercentage: 100.0\ncharID: 90000006\ncorpLinkData:\n- showinfo\n- 2\n- 98000003\ncorpName: Bad Company\nhullPercentage: 100.0\nshieldPercentage: 94.0\nsolarsystemID: 30002537\nstructureID: 1035000000001\nstructureShowInfoData:\n- showinfo\n- 35832\n- 1035000000001\nstructureTypeID: 35832\n",
        ContentKey = $"key-{id}", IsKnownType = true, ReceivedAt = at,
    };
}
