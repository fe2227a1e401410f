using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Wayne Technologies and Wayne Foods, both of alliance Wayne Enterprises, each receive the same sovereignty news.
// It goes out once, through the alliance's main owner; with no main it is withheld and admins are told.
public sealed class AllianceMainRoutingTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" }, fakeClock: true)
{
    private const long WayneTech = 98000001;
    private const long WayneFoods = 98000002;
    private const string WithheldTitle = "Wayne Enterprises: SovStructureReinforced withheld, the alliance has no main owner";

    public override async Task InitializeAsync()
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook { Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true, NotificationTypes = "SovStructureReinforced" });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000004);
    }

    [Fact]
    public async Task NoMain_TheNewsIsWithheld_AdminsAreToldWhat_AndChoosingAMainReleasesIt()
    {
        await SovNewsToBothOwnersAsync();

        SentTitles().Should().BeEmpty();
        await using (var db = await DbAsync())
        {
            (await db.AdminNotices.Where(n => n.Title.Contains("withheld")).Select(n => n.Title).ToListAsync()).Should().Equal(WithheldTitle);
            (await db.StructureTimers.CountAsync()).Should().Be(1, "alliance-level news is timed once for the alliance");
        }

        var missing = await Factory.Get<OwnerOverview>().AlliancesWithoutMainAsync(await SignedInViewerAsync(90000001), default);
        missing.Should().ContainSingle().Which.Owners.Should().Equal("Wayne Foods", "Wayne Technologies");

        await MakeMainAsync(WayneTech);
        await Factory.Get<NotificationForwarder>().ForwardAsync(WayneTech, default);
        await DeliverAllAsync();

        SentTitles().Should().ContainSingle().Which.Should().Contain("Territorial Claim Unit");
        (await Factory.Get<OwnerOverview>().AlliancesWithoutMainAsync(await SignedInViewerAsync(90000001), default)).Should().BeEmpty();
    }

    [Fact]
    public async Task OneMain_TheNewsIsSentOnce_AndTimedOnce()
    {
        await MakeMainAsync(WayneTech);

        await SovNewsToBothOwnersAsync();

        SentTitles().Should().ContainSingle();
        await using var db = await DbAsync();
        (await db.Notifications.Where(n => n.IsForwarded).Select(n => n.OwnerId).ToListAsync()).Should().Equal(WayneTech);
        (await db.StructureTimers.CountAsync()).Should().Be(1);
        (await db.AdminNotices.AnyAsync(n => n.Title.Contains("withheld"))).Should().BeFalse();
    }

    [Fact]
    public async Task TwoMainsAttempted_TheLaterTakesOver_AndTheNewsIsSentOnceThroughIt()
    {
        await MakeMainAsync(WayneTech);

        var second = await MakeMainAsync(WayneFoods);
        await SovNewsToBothOwnersAsync();

        second.Message.Should().Be("Wayne Foods: saved. It is now the main owner of Wayne Enterprises, instead of Wayne Technologies: the alliance's sovereignty, bill and war notifications go out through it.");
        SentTitles().Should().ContainSingle();
        await using var db = await DbAsync();
        (await db.Owners.Where(o => o.IsAllianceMain).Select(o => o.CorporationId).ToListAsync()).Should().Equal(WayneFoods);
        (await db.Notifications.Where(n => n.IsForwarded).Select(n => n.OwnerId).ToListAsync()).Should().Equal(WayneFoods);
    }

    private async Task<global::Structures.Core.Access.ChangeResult> MakeMainAsync(long corporationId)
    {
        var admin = await SignedInViewerAsync(90000001);
        var owners = Factory.Get<OwnerAdministration>();
        var form = (await owners.FormAsync(admin, corporationId, default))!;
        form.IsAllianceMain = true;
        var result = await owners.SaveAsync(admin, corporationId, form, default);
        result.Succeeded.Should().BeTrue(result.Message);
        return result;
    }

    private async Task SovNewsToBothOwnersAsync()
    {
        // The same news about the same system, as EVE sends it to every corporation of the alliance.
        var decloak = global::Structures.Core.Eve.EveTime.ToFileTime(Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var text = $"campaignEventType: 1\ndecloakTime: {decloak}\nsolarSystemID: 30000474\n";
        foreach (var owner in new[] { WayneTech, WayneFoods })
        {
            using var response = await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "SovStructureReinforced", corporationId = owner, text });
            response.EnsureSuccessStatusCode();
            await Factory.Get<NotificationFetcher>().FetchAsync(owner, default);
        }

        await DeliverAllAsync();
    }

    private List<string?> SentTitles() =>
        [.. Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString())];
}
