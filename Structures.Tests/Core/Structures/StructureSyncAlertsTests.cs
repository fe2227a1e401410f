using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

public sealed class StructureSyncAlertsTests() : AppTest(fakeClock: true, logs: new FakeLogCollector())
{
    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;

    [Fact]
    public async Task SyncAsync_WithLowFuelInTwoOwners_AlertsOnlyTheSyncedOwner()
    {
        await AddWebhookAsync();
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(BadCompany);
        await AddRulesAsync();

        await SyncAsync(Wayne);

        (await AlertedOwnersAsync()).Should().Equal(Wayne);
        await Factory.Get<GeneratedAlerts>().EvaluateAsync(default);
        (await AlertedOwnersAsync()).Should().Equal([Wayne, BadCompany], "Bad Company's Worse Bridge is low on fuel and ozone too, for the job that looks at every owner");
    }

    [Fact]
    public async Task SyncAsync_WhenTheAlertsFail_StillSucceeds_AndLogsTheFailure()
    {
        await AddWebhookAsync();
        await AddRulesAsync();
        await AddOwnerAsync(90000001);
        await DatabaseSabotage.RenameAsync(Factory.DatabasePath, "SentAlerts", "SentAlertsAway");
        ExpectLog("AlertsFailed");
        Factory.ExpectDatabaseErrors();

        var result = await SyncAsync(Wayne);

        result.Complete.Should().BeTrue(result.Error);
        result.StructureCount.Should().Be(23);
        await using var db = await DbAsync();
        (await db.Structures.CountAsync(s => s.OwnerId == Wayne)).Should().Be(23);
        (await db.Owners.SingleAsync()).StructuresSync.LastError.Should().BeNull();
        Factory.Logs!.GetSnapshot().Should().ContainSingle(r => r.Level == LogLevel.Error && r.Id.Name == "AlertsFailed")
            .Which.Message.Should().Contain("Wayne Technologies");
    }

    private async Task<List<long>> AlertedOwnersAsync()
    {
        await using var db = await DbAsync();
        var structures = await db.SentAlerts.Select(a => a.StructureId).Distinct().ToListAsync();
        return await db.Structures.Where(s => structures.Contains(s.Id)).Select(s => s.OwnerId).Distinct().OrderBy(o => o).ToListAsync();
    }

    private async Task AddWebhookAsync()
    {
        await using var db = await DbAsync();
        db.Webhooks.Add(new Webhook
        {
            Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true,
            NotificationTypes = "StructureFuelAlert,TowerResourceAlertMsg,StructureJumpFuelAlert",
        });
        await db.SaveChangesAsync();
    }

    private async Task AddRulesAsync()
    {
        await using var db = await DbAsync();
        db.FuelAlertRules.Add(new FuelAlertRule { StartHours = 48, EndHours = 0, RepeatHours = 12 });
        db.JumpFuelAlertRules.Add(new JumpFuelAlertRule { Threshold = 50_000 });
        await db.SaveChangesAsync();
    }
}
