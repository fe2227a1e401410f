using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
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
    TimeProvider clock) : IDisposable
{
    // Syncs of several owners finish at once: one evaluation at a time, so no bucket is alerted twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<int> EvaluateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await EvaluateOnceAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RefueledAsync(long structureId, CancellationToken cancellationToken)
    {
        if (!options.Value.RefueledNotifications)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await AnnounceRefuelAsync(structureId, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> EvaluateOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fuelRules = await db.Set<FuelAlertRule>().Where(r => r.IsEnabled).ToListAsync(cancellationToken);
        var jumpRules = await db.Set<JumpFuelAlertRule>().Where(r => r.IsEnabled).ToListAsync(cancellationToken);
        var sent = await db.Set<SentAlert>().ToListAsync(cancellationToken);
        var burning = await db.Structures.AsNoTracking().Where(s => s.FuelExpiresAt != null && s.FuelExpiresAt > now).ToListAsync(cancellationToken);
        var touched = new HashSet<int>();
        var count = 0;
        foreach (var structure in burning)
        {
            var hoursLeft = (structure.FuelExpiresAt!.Value - now).TotalHours;
            foreach (var (rule, bucket) in FuelAlertBuckets.Due(structure.Id, hoursLeft, fuelRules, sent))
            {
                var type = structure.Kind == StructureKind.Starbase ? "TowerResourceAlertMsg" : "StructureFuelAlert";
                var expires = structure.FuelExpiresAt.Value;
                count += await SendAsync(db, structure, type, rule.Colour, rule.Ping, subject => Say("FuelAlert.Generated", subject, When(expires, now)), touched, cancellationToken);
                db.Add(new SentAlert { StructureId = structure.Id, Kind = AlertKind.Fuel, RuleId = rule.Id, Bucket = bucket, SentAt = now });
            }

            foreach (var rule in jumpRules.Where(_ => structure.Kind == StructureKind.JumpGate && structure.LiquidOzone is not null))
            {
                var alerted = sent.FirstOrDefault(a => a.StructureId == structure.Id && a.Kind == AlertKind.JumpFuel && a.RuleId == rule.Id);
                if (structure.LiquidOzone < rule.Threshold && alerted is null)
                {
                    var left = structure.LiquidOzone.Value.ToString("N0", CultureInfo.InvariantCulture);
                    var threshold = rule.Threshold.ToString("N0", CultureInfo.InvariantCulture);
                    count += await SendAsync(db, structure, "StructureJumpFuelAlert", rule.Colour, rule.Ping, subject => Say("StructureJumpFuelAlert.Text", subject, left, threshold), touched, cancellationToken);
                    db.Add(new SentAlert { StructureId = structure.Id, Kind = AlertKind.JumpFuel, RuleId = rule.Id, SentAt = now });
                }
                else if (structure.LiquidOzone >= rule.Threshold && alerted is not null)
                {
                    db.Remove(alerted);
                }
            }
        }

        count += await ReinforcedStarbasesAsync(db, sent, now, touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        touched.ToList().ForEach(outbox.Signal);
        return count;
    }

    // ESI sends no notification when a starbase is reinforced: the sync sees it, and this tells and times it once.
    private async Task<int> ReinforcedStarbasesAsync(StructuresDbContext db, List<SentAlert> sent, DateTime now, HashSet<int> touched, CancellationToken cancellationToken)
    {
        var reinforced = await db.Structures.AsNoTracking()
            .Where(s => s.Kind == StructureKind.Starbase && s.State == StructureState.StarbaseReinforced && s.StateTimerEnd != null && s.StateTimerEnd > now)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var starbase in reinforced)
        {
            var until = starbase.StateTimerEnd!.Value;
            var bucket = (int)(until.Ticks / TimeSpan.TicksPerMinute % int.MaxValue);
            if (sent.Any(a => a.StructureId == starbase.Id && a.Kind == AlertKind.StarbaseReinforced && a.Bucket == bucket))
            {
                continue;
            }

            db.Add(new SentAlert { StructureId = starbase.Id, Kind = AlertKind.StarbaseReinforced, Bucket = bucket, SentAt = now });
            db.StructureTimers.Add(new Timers.StructureTimer
            {
                OwnerId = starbase.OwnerId, Kind = Timers.TimerKind.Final, Category = Timers.TimerCategory.Starbase, EndsAt = until,
                StructureId = starbase.Id, StructureTypeId = starbase.TypeId, StructureName = starbase.Name, SolarSystemId = starbase.SolarSystemId,
                MoonId = starbase.MoonId, CreatedAt = now,
            });
            count += await SendAsync(db, starbase, "TowerReinforcedExtra", NotificationColour.Danger, AlertPing.Everyone,
                subject => Say("TowerReinforcedExtra.Text", subject, When(until, now)), touched, cancellationToken);
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
        var now = clock.GetUtcNow().UtcDateTime;
        await SendAsync(db, structure, type, NotificationColour.Info, AlertPing.None, subject => Say($"{type}.Text", subject, When(expires, now)), touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        touched.ToList().ForEach(outbox.Signal);
    }

    // The description is written per webhook, in its language, from the structure's subject in that language.
    private async Task<int> SendAsync(StructuresDbContext db, Structure structure, string type, NotificationColour colour, AlertPing ping, Func<string, string> describe, HashSet<int> touched, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.AsNoTracking().Include(o => o.Webhooks).SingleAsync(o => o.CorporationId == structure.OwnerId, cancellationToken);
        var webhooks = owner.Webhooks.Where(w => w.IsActive && w.Types.Contains(type)).ToList();
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var system = await db.EveSolarSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structure.SolarSystemId, cancellationToken);
        var typeName = await db.EveTypes.Where(t => t.Id == structure.TypeId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        DiscordEmbed Embed()
        {
            var where = system is null ? Say("UnknownSystem") : $"[{system.Name}]({Links.Dotlan("system", system.Name)}) ({system.RegionName})";
            var subject = Say("Upwell.Subject", typeName ?? Say("Structure"), DiscordMarkdown.Escape(structure.Name), where,
                $"[{DiscordMarkdown.Escape(owner.CorporationName)}]({Links.Dotlan("corp", owner.CorporationName)})");
            return new DiscordEmbed
            {
                Author = new DiscordEmbedAuthor(owner.CorporationName, null, images.CorporationLogo(owner.CorporationId)),
                Title = Say($"{type}.Title"),
                Description = describe(subject),
                Color = (int)colour,
                Thumbnail = new DiscordEmbedImage(images.TypeIcon(structure.TypeId)),
                Footer = new DiscordEmbedFooter("Structures"),
                Timestamp = clock.GetUtcNow().UtcDateTime,
            };
        }

        var mention = !owner.HasDefaultPingsEnabled ? null : ping switch
        {
            AlertPing.Everyone => "@everyone",
            AlertPing.Here => "@here",
            _ => null,
        };
        foreach (var webhook in webhooks)
        {
            var content = webhook.HasDefaultPingsEnabled ? mention : null;
            var embed = NotificationLanguage.Render(NotificationLanguage.Culture(webhook.Language, options.Value.DefaultLanguage), Embed);
            outbox.Enqueue(db, webhook.Id, new DiscordMessage
            {
                Username = options.Value.SetAvatar ? "Notifications" : null,
                Content = content,
                Embeds = [embed],
                AllowedMentions = content is null ? DiscordAllowedMentions.None : new DiscordAllowedMentions(["everyone"], []),
            });
            touched.Add(webhook.Id);
        }

        return 1;
    }

    private string Say(string key, params object[] arguments) => words[key, arguments];

    private string When(DateTime at, DateTime now) => NotificationTime.When(words, at, now);
}
