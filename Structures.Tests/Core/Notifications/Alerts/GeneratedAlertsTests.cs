using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Alerts;

public sealed class GeneratedAlertsTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task LowFuelAndLowOzone_AreAlertedOncePerBucket()
    {
        await SetUpAsync();
        var alerts = Factory.Get<GeneratedAlerts>();

        var again = await alerts.EvaluateAsync(default);
        await DeliverAllAsync();

        again.Should().Be(0, "the sync alerted every bucket already");
        var titles = Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString()).ToList();
        titles.Should().BeEquivalentTo(["Structure fuel alert", "Structure fuel alert", "Structure fuel alert", "Starbase fuel alert", "Jump gate low on Liquid Ozone", "Starbase reinforced"],
            "Batcave (14 h), Jammer (29 h), a drill short of blocks (36 h), Wayne POS Gamma (19 h), Metropolis Bridge's ozone and the reinforced Wayne POS Beta");
        Factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Distinct().Should().BeEquivalentTo("@here", "@everyone");
        await using var db = await DbAsync();
        var timer = await db.StructureTimers.SingleAsync();
        timer.StructureName.Should().Be("Wayne POS Beta");
        timer.EndsAt.Should().Be(Clock.GetUtcNow().UtcDateTime.AddHours(30));
    }

    [Fact]
    public async Task Refuel_IsAnnouncedByTheSync_AndReArmsTheAlerts()
    {
        await SetUpAsync();
        long batcave;
        await using (var db = await DbAsync())
        {
            batcave = await db.Structures.Where(s => s.Name == "Batcave").Select(s => s.Id).SingleAsync();
        }

        await Http.PostAsJsonAsync($"/sim/control/structures/{batcave}/fuel", new { hours = 30 });
        Clock.Advance(TimeSpan.FromMinutes(61));
        await SyncAsync(Wayne);
        await DeliverAllAsync();

        await using var check = await DbAsync();
        (await check.SentAlerts.Where(a => a.StructureId == batcave && a.Kind == AlertKind.Fuel).Select(a => a.Bucket).ToListAsync())
            .Should().Equal([36], "the refuel took back the 24-hour alert, and Batcave is alerted again below 36 hours");
        Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString())
            .Should().Contain("Structure refueled");
    }

    [Fact]
    public async Task Alerts_AreWrittenInTheWebhooksLanguage()
    {
        await SetUpAsync(language: "de");

        await Factory.Get<GeneratedAlerts>().EvaluateAsync(default);
        await DeliverAllAsync();

        var embeds = Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).ToList();
        embeds.Select(e => e.GetProperty("title").GetString()).Should().BeEquivalentTo(
            ["Treibstoffwarnung für Struktur", "Treibstoffwarnung für Struktur", "Treibstoffwarnung für Struktur", "Treibstoffwarnung für Starbase", "Sprungtor hat wenig Liquid Ozone", "Starbase verstärkt"]);
        embeds.Select(e => e.GetProperty("description").GetString()).Should().Contain(d => d!.Contains("**Batcave** von [Wayne Technologies]") && d.Contains("hat nur noch Treibstoff bis **"));
    }

    private async Task SetUpAsync(string language = "en")
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook
            {
                Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true, Language = language,
                NotificationTypes = "StructureFuelAlert,TowerResourceAlertMsg,StructureJumpFuelAlert,StructureRefueledExtra,TowerRefueledExtra,TowerReinforcedExtra",
            });
            db.FuelAlertRules.Add(new FuelAlertRule { StartHours = 48, EndHours = 0, RepeatHours = 12 });
            db.JumpFuelAlertRules.Add(new JumpFuelAlertRule { Threshold = 50_000 });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
    }
}
