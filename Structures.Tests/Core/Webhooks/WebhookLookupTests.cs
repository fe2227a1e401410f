using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

public class WebhookLookupTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task WebhookDeletedInDiscord_IsDisabled_AndAdminsTold_WhileTheOthersStay_AndNothingIsPosted()
    {
        ExpectLog("WebhookDisabled");
        await AddAsync("alpha", "beta");
        await Http.PostAsync("/sim/control/discord/webhooks/beta/delete", null);

        var gone = await Factory.Get<WebhookLookup>().RunAsync(default);

        gone.Should().Equal("beta");
        await using var db = await DbAsync();
        var webhooks = await db.Webhooks.OrderBy(w => w.Name).ToListAsync();
        webhooks.Select(w => (w.Name, w.IsActive)).Should().Equal(("alpha", true), ("beta", false));
        webhooks[1].DisabledReason.Should().Contain("Unknown Webhook");
        (await db.AdminNotices.SingleAsync()).Title.Should().Be("Webhook beta was disabled");
        Factory.Get<SimDiscordChannel>().Messages().Should().BeEmpty();
    }

    [Fact]
    public async Task DiscordUnreachable_OrTheTokenRefused_ChangesNothing()
    {
        // The simulated Discord learns a webhook's token from its first use.
        await Factory.Get<DiscordWebhookClient>().LookUpAsync($"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", default);
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "unreachable", Url = "http://127.0.0.1:1/api/webhooks/1/token" });
            db.Webhooks.Add(new Webhook { Name = "wrong token", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/not-its-token" });
            await db.SaveChangesAsync();
        }

        var gone = await Factory.Get<WebhookLookup>().RunAsync(default);

        gone.Should().BeEmpty();
        await using var after = await DbAsync();
        (await after.Webhooks.AllAsync(w => w.IsActive && w.DisabledReason == null)).Should().BeTrue();
        (await after.AdminNotices.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task LookUp_OfAWebhookUrlWithAThread_AsksForTheWebhookItself()
    {
        var found = await Factory.Get<DiscordWebhookClient>().LookUpAsync($"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token?thread_id=5", default);

        found.Outcome.Should().Be(DiscordOutcome.Sent);
    }

    [Fact]
    public void DiscordConnections_AreKeptForTheAppsLife_NotRenewedEveryTwoMinutes()
    {
        var options = Factory.Get<IOptionsMonitor<HttpClientFactoryOptions>>().Get(DiscordWebhookClient.HttpClientName);

        options.HandlerLifetime.Should().Be(Timeout.InfiniteTimeSpan);
    }

    private async Task AddAsync(params string[] names)
    {
        await using var db = await DbAsync();
        db.Webhooks.AddRange(names.Select(name => new Webhook { Name = name, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{name}/token" }));
        await db.SaveChangesAsync();
    }
}
