using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

// A webhook that starts forwarding is looked up in the simulated Discord before it is saved, as at start.
public sealed class WebhookSaveLookupTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Save_OfAWebhookDeletedInDiscord_IsRefused_AndNothingIsSaved()
    {
        var admin = await SignedInViewerAsync(90000001);
        await Http.PostAsync("/sim/control/discord/webhooks/gone/delete", null);

        var result = await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, Form("Gone", "gone", "token"), default);

        result.Should().Be(ChangeResult.Refused("Discord does not accept this webhook URL, so nothing was saved. Discord: Unknown Webhook (it was deleted)."));
        await using var db = await DbAsync();
        (await db.Webhooks.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Save_WithATokenDiscordRefuses_IsRefused_ButDiscordOutOfReach_RefusesNothing()
    {
        var admin = await SignedInViewerAsync(90000001);
        var webhooks = Factory.Get<WebhookAdministration>();
        (await webhooks.SaveAsync(admin, null, Form("Alpha", "alpha", "token"), default)).Succeeded.Should().BeTrue();

        var wrongToken = await webhooks.SaveAsync(admin, null, Form("Other", "alpha", "not-its-token"), default);
        var unreachable = await webhooks.SaveAsync(admin, null, new WebhookForm { Name = "Far", Url = "http://127.0.0.1:1/api/webhooks/1/token" }, default);

        wrongToken.Succeeded.Should().BeFalse();
        wrongToken.Message.Should().StartWith("Discord does not accept this webhook URL").And.Contain("HTTP 401");
        unreachable.Should().Be(ChangeResult.Done("Webhook Far saved."));
        await using var db = await DbAsync();
        (await db.Webhooks.OrderBy(w => w.Name).Select(w => w.Name).ToListAsync()).Should().Equal("Alpha", "Far");
    }

    [Fact]
    public async Task Save_LooksUpAWebhookReEnabled_NotOneThatKeepsForwardingToTheSameUrl()
    {
        var admin = await SignedInViewerAsync(90000001);
        var webhooks = Factory.Get<WebhookAdministration>();
        await webhooks.SaveAsync(admin, null, Form("Alpha", "alpha", "token"), default);
        var id = (await webhooks.ListAsync(admin, default)).Single().Id;
        await Http.PostAsync("/sim/control/discord/webhooks/alpha/delete", null);

        var noted = await webhooks.SaveAsync(admin, id, Form("Alpha", "alpha", "token", notes: "ops channel"), default);
        var disabled = await webhooks.SaveAsync(admin, id, Form("Alpha", "alpha", "token", notes: "ops channel", active: false), default);
        var reEnabled = await webhooks.SaveAsync(admin, id, Form("Alpha", "alpha", "token", notes: "ops channel"), default);

        (noted.Succeeded, disabled.Succeeded).Should().Be((true, true));
        reEnabled.Message.Should().Contain("Unknown Webhook");
        await using var db = await DbAsync();
        (await db.Webhooks.SingleAsync()).Should().Match<Webhook>(w => !w.IsActive && w.Notes == "ops channel");
    }

    private WebhookForm Form(string name, string channel, string token, string notes = "", bool active = true) =>
        new() { Name = name, Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/{channel}/{token}", Notes = notes, IsActive = active };
}
