using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Structures:NotificationShowMoonOre and NotificationSetAvatar, both on by default, can be switched off.
public sealed class NotificationSettingsTests() : AppTest(new Dictionary<string, string?>
{
    ["Structures:NotificationShowMoonOre"] = "false",
    ["Structures:NotificationSetAvatar"] = "false",
})
{
    [Fact]
    public async Task MoonOreAndTheNotificationsName_CanBeLeftOut()
    {
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "MoonminingExtractionStarted" });
            db.Owners.Add(new Owner { CorporationId = 98000001, CorporationName = "Wayne Technologies", Webhooks = [.. db.Webhooks.Local] });
            db.Notifications.Add(new Notification
            {
                OwnerId = 98000001, NotificationId = 1, Type = "MoonminingExtractionStarted", SenderType = "corporation", ContentKey = "a", IsKnownType = true, Timestamp = now,
                Text = "autoTime: 132092327663420000\nmoonID: 40161708\noreVolumeByType:\n  46300: 1288475.124715103\n  46301: 544691.7637724016\nreadyTime: 132092316863420000\nsolarSystemID: 30002537\nstartedBy: 90000001\nstructureID: 1035000000001\nstructureName: Moon Mine Alpha\nstructureTypeID: 35835\n",
            });
            await db.SaveChangesAsync();
        }

        await Factory.Get<NotificationForwarder>().ForwardAsync(98000001, default);

        await using var check = await DbAsync();
        var payload = (await check.QueuedMessages.SingleAsync()).Payload;
        payload.Should().Contain("Moon Mine Alpha").And.NotContain("m³").And.Contain("\"username\":null");
        payload.Should().MatchRegex("\"timestamp\":\"[^\"]+Z\"", "Discord reads the time as UTC");
    }
}
