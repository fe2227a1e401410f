using Microsoft.EntityFrameworkCore;
using Structures.Core.Notices;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notices;

public sealed class AdminNoticeRelayTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task OwnerAdded_NoticeReachesTheNoticeWebhookThroughTheOutbox_AsAnEmbed()
    {
        await AddWebhooksAsync();

        await AddOwnerAsync(90000001);
        await DeliverAllAsync();

        var channel = Factory.Get<SimDiscordChannel>();
        var message = channel.Messages("notices").Should().ContainSingle().Subject;
        message.Content.Should().BeNull("a notice pings no one");
        var embed = message.Embeds.Should().ContainSingle().Subject;
        embed.GetProperty("title").GetString().Should().Be("Wayne Technologies added as a structure owner");
        embed.GetProperty("description").GetString().Should().Be("Bruce Wayne added Wayne Technologies.");
        embed.GetProperty("color").GetInt32().Should().Be(0x5BC0DE);
        embed.GetProperty("footer").GetProperty("text").GetString().Should().Be("Structures admin notice");
        channel.Messages("ops").Should().BeEmpty("only webhooks chosen for admin notices get them");
        channel.Messages("quiet").Should().BeEmpty("an inactive webhook gets nothing");
        await using var db = await DbAsync();
        (await db.QueuedMessages.Where(m => m.Status == QueuedMessageStatus.Sent).CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task GermanWebhook_GetsTheNoticeInGerman_WhileTheNoticeIsStoredInEnglish()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "hinweise", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/hinweise/token", ReceivesAdminNotices = true, Language = "de" });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await DeliverAllAsync();

        var embed = Factory.Get<SimDiscordChannel>().Messages("hinweise").Should().ContainSingle().Subject.Embeds.Should().ContainSingle().Subject;
        embed.GetProperty("title").GetString().Should().Be("Wayne Technologies als Strukturbesitzer hinzugefügt");
        embed.GetProperty("description").GetString().Should().Be("Bruce Wayne hat Wayne Technologies hinzugefügt.");
        embed.GetProperty("footer").GetProperty("text").GetString().Should().Be("Structures-Admin-Hinweis");
        await using var check = await DbAsync();
        var notice = await check.AdminNotices.SingleAsync();
        (notice.Kind, notice.Title).Should().Be((NoticeKind.OwnerAdded, "Wayne Technologies added as a structure owner"));
    }

    [Fact]
    public async Task DangerNotice_IsRed_AndAReadNoticeIsNotPostedAgain()
    {
        await AddWebhooksAsync();
        await using (var db = await DbAsync())
        {
            db.AdminNotices.Add(new AdminNotice { CreatedAt = Clock.GetUtcNow().UtcDateTime, Level = NoticeLevel.Danger, Title = "Services down", Message = "ESI answers 503." });
            await db.SaveChangesAsync();
            (await db.AdminNotices.SingleAsync()).IsRead = true;
            await db.SaveChangesAsync();
        }

        await DeliverAllAsync();

        var embeds = Factory.Get<SimDiscordChannel>().Messages("notices").SelectMany(m => m.Embeds).ToList();
        embeds.Should().ContainSingle().Which.GetProperty("color").GetInt32().Should().Be(0xD9534F);
        embeds[0].GetProperty("title").GetString().Should().Be("Services down");
    }

    [Fact]
    public async Task Save_ScansTheTrackedRowsForChangesOnce_AndStillQueuesTheNotice()
    {
        await AddWebhooksAsync();
        await using var db = await DbAsync();
        await db.Webhooks.LoadAsync();
        var scans = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => scans++;

        db.AdminNotices.Add(new AdminNotice { CreatedAt = Clock.GetUtcNow().UtcDateTime, Level = NoticeLevel.Warning, Title = "Slow ESI", Message = "" });
        await db.SaveChangesAsync();

        scans.Should().Be(1, "SaveChanges scans once; the relay looks only at the notices added");
        await DeliverAllAsync();
        Factory.Get<SimDiscordChannel>().Messages("notices").SelectMany(m => m.Embeds).Should().ContainSingle()
            .Which.GetProperty("title").GetString().Should().Be("Slow ESI");
    }

    private async Task AddWebhooksAsync()
    {
        await using var db = await DbAsync();
        db.Webhooks.AddRange(
            new Webhook { Name = "notices", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/notices/token", ReceivesAdminNotices = true },
            new Webhook { Name = "ops", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/ops/token", IsDefault = true, NotificationTypes = "StructureUnderAttack" },
            new Webhook { Name = "quiet", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/quiet/token", ReceivesAdminNotices = true, IsActive = false });
        await db.SaveChangesAsync();
    }
}
