using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Gathers what rendering a batch of notifications needs, from their texts as read once: structures, systems, and every
// name their texts mention (found by key, so a type's every ID is named even where its record does not use it).
public sealed class RenderContextBuilder(EveUniverse universe, EveImages images, IStringLocalizer<NotificationWords> words, IOptionsMonitor<NotificationOptions> options, TimeProvider clock)
{
    private static readonly string[] EntityKeySuffixes = ["ID", "ID1", "ID2", "By", "_id"];
    private static readonly string[] PlaceKeys = ["solarSystemID", "solarsystemID", "moonID", "planetID", "structureID", "itemID"];

    // Only notifications whose text was understood are rendered; the caller has told what the others did.
    public async Task<List<RenderContext>> BuildAsync(StructuresDbContext db, Owner owner, IReadOnlyList<ParsedNotification> notifications, CancellationToken cancellationToken)
    {
        var parsed = notifications.Where(p => p.Text is not null && p.Payload is not null)
            .Select(p => (Notification: p.Row, Text: p.Text!, Payload: p.Payload!)).ToList();
        var typeIds = parsed.SelectMany(p => TypeIds(p.Text, p.Payload)).ToList();
        var entityIds = parsed.SelectMany(p => EntityIds(p.Text)).Distinct().ToList();
        var systemIds = parsed.Select(p => p.Payload.Place.SolarSystemId).OfType<long>().ToList();
        await universe.EnsureAsync(typeIds, systemIds, entityIds, cancellationToken);

        var celestialIds = parsed.SelectMany(p => new[] { p.Payload.Place.MoonId, p.Payload.Place.PlanetId }).OfType<long>().ToList();
        var names = new Dictionary<long, string>();
        var named = (await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).Select(t => new KeyValuePair<long, string>(t.Id, t.Name)).ToListAsync(cancellationToken))
            .Concat(await db.EveEntities.AsNoTracking().Where(e => entityIds.Contains(e.Id)).Select(e => new KeyValuePair<long, string>(e.Id, e.Name)).ToListAsync(cancellationToken))
            .Concat(await db.EveCelestials.AsNoTracking().Where(c => celestialIds.Contains(c.Id)).Select(c => new KeyValuePair<long, string>(c.Id, c.Name)).ToListAsync(cancellationToken));
        foreach (var (id, name) in named)
        {
            names[id] = name;
        }

        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var structureIds = parsed.Select(p => p.Payload.Place.StructureId).OfType<long>().ToList();
        var structures = await db.Structures.AsNoTracking().Where(s => s.OwnerId == owner.CorporationId && structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var sovereignty = owner.AllianceId is { } alliance
            ? await db.EveSovereignty.AsNoTracking().Where(s => systemIds.Contains(s.SolarSystemId) && s.AllianceId == alliance).Select(s => s.SolarSystemId).ToListAsync(cancellationToken)
            : [];
        var now = clock.GetUtcNow().UtcDateTime;
        return parsed.Select(p => new RenderContext
        {
            Notification = p.Notification,
            Payload = p.Payload,
            Info = NotificationRenderer.InfoFor(p.Notification.Type),
            Owner = owner,
            Structure = p.Payload.Place.StructureId is { } id ? structures.GetValueOrDefault(id) : null,
            Names = names,
            Systems = systems,
            Now = now,
            Images = images,
            Words = words,
            ShowsMoonOre = options.CurrentValue.ShowMoonOre,
            SovereigntySystemIds = sovereignty.ToHashSet(),
        }).ToList();
    }

    private static IEnumerable<long> TypeIds(NotificationText text, NotificationPayload payload) =>
        new[] { text.GetLong("structureTypeID"), text.GetLong("typeID"), payload.Place.StructureTypeId }.OfType<long>()
            .Concat((payload as ServicesOffline)?.ServiceTypeIds ?? [])
            .Concat((payload as MoonExtraction)?.OreVolumes.Keys ?? [])
            .Concat((payload as ItemsDelivered)?.Items.Select(i => i.TypeId) ?? []);

    // Characters, corporations and alliances: the IDs in keys such as charID, aggressorCorpID, startedBy, creator_id.
    private static IEnumerable<long> EntityIds(NotificationText text) =>
        text.Keys.Where(k => !PlaceKeys.Contains(k, StringComparer.OrdinalIgnoreCase) && !k.Contains("Type", StringComparison.OrdinalIgnoreCase)
                && EntityKeySuffixes.Any(suffix => k.EndsWith(suffix, StringComparison.Ordinal)))
            .Select(text.GetLong).OfType<long>()
            .Where(id => id is >= 90_000_000 and < 100_000_000 or >= 1_000_000 and < 2_000_000 or >= 500_000 and < 1_000_000 or >= 2_100_000_000);
}
