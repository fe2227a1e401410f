using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Timers;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications.Alerts;

// Alerts the app makes itself: fuel running low (Upwell, Metenox, starbases), liquid ozone low, and refuels.
// Each fuel bucket fires once and is re-armed by a refuel.
public sealed class GeneratedAlerts(
    IDbContextFactory<StructuresDbContext> contextFactory,
    WebhookOutbox outbox,
    EveImages images,
    IStringLocalizer<NotificationWords> words,
    IOptions<NotificationOptions> options,
    IOptions<TimerOptions> timerOptions,
    TimeProvider clock) : IDisposable
{
    // Syncs of several owners finish at once: one evaluation at a time, so no bucket is alerted twice.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly AlertMessages _messages = new(outbox, images, words, options, clock);

    public void Dispose() => _gate.Dispose();

    // Every owner's structures: fuel burns between syncs too.
    public Task<int> EvaluateAsync(CancellationToken cancellationToken) => GatedAsync(() => EvaluateOnceAsync(null, cancellationToken), cancellationToken);

    // Right after one owner's sync: the refuels it saw are announced (which re-arms their fuel alerts), then that
    // owner's structures, and no other's, are looked at. Returns the alerts sent.
    public Task<int> AfterSyncAsync(long ownerId, IReadOnlyCollection<long> refueledStructureIds, CancellationToken cancellationToken) =>
        GatedAsync(async () =>
        {
            if (options.Value.RefueledNotifications)
            {
                foreach (var structureId in refueledStructureIds)
                {
                    await AnnounceRefuelAsync(structureId, cancellationToken);
                }
            }

            return await EvaluateOnceAsync(ownerId, cancellationToken);
        }, cancellationToken);

    private async Task<int> GatedAsync(Func<Task<int>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Cluster.SharedDataLock.WhileAlertingAsync(contextFactory, work, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> EvaluateOnceAsync(long? ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fuelRules = await db.Set<FuelAlertRule>().Where(r => r.IsEnabled).ToListAsync(cancellationToken);
        var jumpRules = await db.Set<JumpFuelAlertRule>().Where(r => r.IsEnabled).ToListAsync(cancellationToken);
        // Only the alerts of the structures looked at: after one owner's sync, that owner's, not every owner's.
        var sent = (await db.Set<SentAlert>()
            .Where(a => ownerId == null || db.Structures.Any(s => s.Id == a.StructureId && s.OwnerId == ownerId))
            .ToListAsync(cancellationToken)).ToLookup(a => a.StructureId);
        var burning = await db.Structures.AsNoTracking().Where(s => ownerId == null || s.OwnerId == ownerId)
            .Where(s => s.FuelExpiresAt != null && s.FuelExpiresAt > now).ToListAsync(cancellationToken);
        var touched = new HashSet<int>();
        var count = 0;
        foreach (var structure in burning)
        {
            var hoursLeft = (structure.FuelExpiresAt!.Value - now).TotalHours;
            var sentForStructure = sent[structure.Id].ToList();
            foreach (var (rule, bucket) in FuelAlertBuckets.Due(structure.Id, hoursLeft, fuelRules, sentForStructure))
            {
                var type = structure.Kind == StructureKind.Starbase ? "TowerResourceAlertMsg" : "StructureFuelAlert";
                var expires = structure.FuelExpiresAt.Value;
                count += await _messages.SendAsync(db, structure, type, rule.Colour, rule.Ping, subject => _messages.Say("FuelAlert.Generated", subject, _messages.When(expires)), touched, cancellationToken);
                db.Add(new SentAlert { StructureId = structure.Id, Kind = AlertKind.Fuel, RuleId = rule.Id, Bucket = bucket, SentAt = now });
            }

            foreach (var rule in jumpRules.Where(_ => structure.Kind == StructureKind.JumpGate && structure.LiquidOzone is not null))
            {
                var alerted = sentForStructure.FirstOrDefault(a => a.Kind == AlertKind.JumpFuel && a.RuleId == rule.Id);
                if (structure.LiquidOzone < rule.Threshold && alerted is null)
                {
                    var left = structure.LiquidOzone.Value.ToString("N0", CultureInfo.InvariantCulture);
                    var threshold = rule.Threshold.ToString("N0", CultureInfo.InvariantCulture);
                    count += await _messages.SendAsync(db, structure, "StructureJumpFuelAlert", rule.Colour, rule.Ping, subject => _messages.Say("StructureJumpFuelAlert.Text", subject, left, threshold), touched, cancellationToken);
                    db.Add(new SentAlert { StructureId = structure.Id, Kind = AlertKind.JumpFuel, RuleId = rule.Id, SentAt = now });
                }
                else if (structure.LiquidOzone >= rule.Threshold && alerted is not null)
                {
                    db.Remove(alerted);
                }
            }
        }

        count += await ReinforcedStarbasesAsync(db, ownerId, sent, now, touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        touched.ToList().ForEach(outbox.Signal);
        return count;
    }

    // ESI sends no notification when a starbase is reinforced: the sync sees it, and this tells and times it once,
    // the timer made as the ones from notifications are (Structures:Timers:Enabled and CorpRestricted).
    private async Task<int> ReinforcedStarbasesAsync(StructuresDbContext db, long? ownerId, ILookup<long, SentAlert> sent, DateTime now, HashSet<int> touched, CancellationToken cancellationToken)
    {
        var reinforced = await db.Structures.AsNoTracking()
            .Where(s => ownerId == null || s.OwnerId == ownerId)
            .Where(s => s.Kind == StructureKind.Starbase && s.State == StructureState.StarbaseReinforced && s.StateTimerEnd != null && s.StateTimerEnd > now)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var starbase in reinforced)
        {
            var until = starbase.StateTimerEnd!.Value;
            var bucket = (int)(until.Ticks / TimeSpan.TicksPerMinute % int.MaxValue);
            if (sent[starbase.Id].Any(a => a.Kind == AlertKind.StarbaseReinforced && a.Bucket == bucket))
            {
                continue;
            }

            db.Add(new SentAlert { StructureId = starbase.Id, Kind = AlertKind.StarbaseReinforced, Bucket = bucket, SentAt = now });
            if (timerOptions.Value.Enabled)
            {
                db.StructureTimers.Add(new StructureTimer
                {
                    OwnerId = starbase.OwnerId, Kind = TimerKind.Final, Category = TimerCategory.Starbase, EndsAt = until,
                    StructureId = starbase.Id, StructureTypeId = starbase.TypeId, StructureName = starbase.Name, SolarSystemId = starbase.SolarSystemId,
                    MoonId = starbase.MoonId, IsCorpRestricted = timerOptions.Value.CorpRestricted, CreatedAt = now,
                });
            }

            count += await _messages.SendAsync(db, starbase, "TowerReinforcedExtra", NotificationColour.Danger, AlertPing.Everyone,
                subject => _messages.Say("TowerReinforcedExtra.Text", subject, _messages.When(until)), touched, cancellationToken);
        }

        return count;
    }

    // A refuel re-arms the structure's fuel alerts and is announced to the webhooks that want it.
    private async Task AnnounceRefuelAsync(long structureId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
        if (structure?.FuelExpiresAt is not { } expires)
        {
            return;
        }

        await db.Set<SentAlert>().Where(a => a.StructureId == structureId && a.Kind == AlertKind.Fuel).ExecuteDeleteAsync(cancellationToken);
        var touched = new HashSet<int>();
        var type = structure.Kind == StructureKind.Starbase ? "TowerRefueledExtra" : "StructureRefueledExtra";
        await _messages.SendAsync(db, structure, type, NotificationColour.Info, AlertPing.None, subject => _messages.Say($"{type}.Text", subject, _messages.When(expires)), touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        touched.ToList().ForEach(outbox.Signal);
    }
}
