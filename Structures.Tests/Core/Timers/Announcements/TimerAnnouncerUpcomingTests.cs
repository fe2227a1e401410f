using Microsoft.EntityFrameworkCore;
using Structures.Core.Timers.Announcements;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class TimerAnnouncerUpcomingTests() : AppTest(fakeClock: true)
{
    private SimDiscordChannel Discord => Factory.Get<SimDiscordChannel>();

    private static string Description(SimDiscordMessage message) => message.Embeds.Single().GetProperty("description").GetString()!;

    private async Task<int> RefreshAndDeliverAsync()
    {
        var changed = await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default);
        await DeliverAllAsync();
        return changed;
    }

    [Fact]
    public async Task RefreshUpcoming_PostsOnce_ThenEditsThatMessage_AsTimersComeAndEnd()
    {
        var webhookId = await TestTimers.AddWebhookAsync(Factory, upcoming: true);
        var now = Clock.GetUtcNow().UtcDateTime;
        await TestTimers.AddTimerAsync(Factory, now.AddHours(1), "Arkham Outpost");

        var first = await RefreshAndDeliverAsync();
        var posted = Discord.Messages("alpha").Single();
        var unchanged = await RefreshAndDeliverAsync();
        await TestTimers.AddTimerAsync(Factory, now.AddHours(3), "Gotham Keepstar");
        var added = await RefreshAndDeliverAsync();
        var edited = Discord.Messages("alpha").Single();
        Clock.Advance(TimeSpan.FromHours(1));
        var ended = await RefreshAndDeliverAsync();

        (first, unchanged, added, ended).Should().Be((1, 0, 1, 1));
        Description(posted).Should().Contain("Arkham Outpost").And.NotContain("Gotham Keepstar");
        edited.Id.Should().Be(posted.Id);
        edited.EditedAt.Should().Be(now, "the simulated Discord stamps the edit with the (fake) clock, which had not moved");
        Description(edited).Should().Contain("Arkham Outpost").And.Contain("Gotham Keepstar");
        var last = Discord.Messages("alpha").Should().ContainSingle().Subject;
        Description(last).Should().NotContain("Arkham Outpost").And.Contain("Gotham Keepstar");
        await using var db = await DbAsync();
        (await db.Set<StandingMessage>().SingleAsync()).DiscordMessageId.Should().Be(posted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await db.QueuedMessages.Where(m => m.WebhookId == webhookId).Select(m => m.Status).ToListAsync()).Should().AllBeEquivalentTo(QueuedMessageStatus.Sent);
    }

    [Fact]
    public async Task RefreshUpcoming_AfterTheMessageWasDeletedInDiscord_PostsANewOne()
    {
        await TestTimers.AddWebhookAsync(Factory, upcoming: true);
        var now = Clock.GetUtcNow().UtcDateTime;
        await TestTimers.AddTimerAsync(Factory, now.AddHours(1), "Arkham Outpost");
        await RefreshAndDeliverAsync();
        var deleted = Discord.Messages("alpha").Single();
        using (var response = await Http.DeleteAsync($"/sim/discord/api/webhooks/alpha/token/messages/{deleted.Id}"))
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.NoContent);
        }

        await TestTimers.AddTimerAsync(Factory, now.AddHours(2), "Gotham Keepstar");
        await RefreshAndDeliverAsync();

        var replacement = Discord.Messages("alpha").Should().ContainSingle().Subject;
        replacement.Id.Should().NotBe(deleted.Id);
        replacement.EditedAt.Should().BeNull();
        Description(replacement).Should().Contain("Gotham Keepstar");
        await using var db = await DbAsync();
        (await db.Set<StandingMessage>().SingleAsync()).DiscordMessageId.Should().Be(replacement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RefreshUpcoming_WebhookDeletedInDiscord_DisablesTheWebhook()
    {
        ExpectLog("WebhookDisabled");
        var webhookId = await TestTimers.AddWebhookAsync(Factory, upcoming: true);
        var now = Clock.GetUtcNow().UtcDateTime;
        await TestTimers.AddTimerAsync(Factory, now.AddHours(1));
        await RefreshAndDeliverAsync();
        (await Http.PostAsync("/sim/control/discord/webhooks/alpha/delete", null)).Dispose();

        await TestTimers.AddTimerAsync(Factory, now.AddHours(2), "Gotham Keepstar");
        await RefreshAndDeliverAsync();

        await using var db = await DbAsync();
        var webhook = await db.Webhooks.SingleAsync(w => w.Id == webhookId);
        webhook.IsActive.Should().BeFalse();
        webhook.DisabledReason.Should().Contain("Unknown Webhook");
        (await db.AdminNotices.SingleAsync()).Title.Should().Be("Webhook alpha was disabled");
        (await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default)).Should().Be(0, "a disabled webhook's message is left alone");
    }

    [Fact]
    public async Task RefreshUpcoming_SeveralChangesBeforeDelivery_SendOnlyTheLatest()
    {
        await TestTimers.AddWebhookAsync(Factory, upcoming: true);
        var now = Clock.GetUtcNow().UtcDateTime;
        await TestTimers.AddTimerAsync(Factory, now.AddHours(1), "Arkham Outpost");
        await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default);
        await TestTimers.AddTimerAsync(Factory, now.AddHours(2), "Gotham Keepstar");
        await Factory.Get<TimerAnnouncer>().RefreshUpcomingAsync(default);

        await DeliverAllAsync();

        var message = Discord.Messages("alpha").Should().ContainSingle().Subject;
        message.EditedAt.Should().BeNull("the first text was replaced before it left");
        Description(message).Should().Contain("Gotham Keepstar");
        await using var db = await DbAsync();
        (await db.QueuedMessages.CountAsync()).Should().Be(1);
    }
}
