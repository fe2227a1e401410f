using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Tests.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

// Webhooks as an admin sets them up, and resending a notification to them, against the real database.
public sealed class WebhookAdministrationTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
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
            db.Notifications.Add(NotificationSamples.Attack(1, now.AddMinutes(-5)));
            db.Notifications.Add(NotificationSamples.Attack(2, now.AddDays(-3)));
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

        var again = await resender.ResendAsync(admin, fresh, withPings: true, default);
        var old = await resender.ResendAsync(admin, stale, withPings: true, default);

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
            db.Notifications.Add(NotificationSamples.Attack(1, Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(98000001, default);

        result.Message.Should().Be("Wayne Tower sends its notifications to Tower instead of its owner's webhooks.");
        await using var check = await DbAsync();
        (await check.QueuedMessages.Select(m => m.WebhookId).ToListAsync()).Should().Equal(tower.Id);
    }
}
