using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;
using Structures.Core.Structures;

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
        var places = notifications.Select(p => p.Payload?.Place).OfType<NotificationPlace>();
        var structures = await NotificationStructures.LoadAsync(db, owner.CorporationId, places, cancellationToken);
        return await BuildAsync(db, owner, notifications, structures, cancellationToken);
    }

    // As above, with the structures NotificationStructures read for the same notifications.
    public async Task<List<RenderContext>> BuildAsync(
        StructuresDbContext db, Owner owner, IReadOnlyList<ParsedNotification> notifications, IReadOnlyList<Structure> structures, CancellationToken cancellationToken)
    {
        var parsed = notifications.Where(p => p.Text is not null && p.Payload is not null)
            .Select(p => (Notification: p.Row, Text: p.Text!, Payload: p.Payload!)).ToList();
        if (parsed.Count == 0)
        {
            return [];
        }

        var typeIds = parsed.SelectMany(p => TypeIds(p.Text, p.Payload)).ToList();
        var entityIds = parsed.SelectMany(p => EntityIds(p.Text)).Distinct().ToList();
        var systemIds = parsed.Select(p => p.Payload.Place.SolarSystemId).OfType<long>().ToList();
        var celestialIds = parsed.SelectMany(p => new[] { p.Payload.Place.MoonId, p.Payload.Place.PlanetId }).OfType<long>().ToList();
        // Almost always every name is stored already: ESI is asked (and everything read again) only when one is not.
        var known = await ReadAsync(db, owner, typeIds, entityIds, celestialIds, systemIds, cancellationToken);
        if (typeIds.Concat(entityIds).Any(id => id > 0 && !known.Names.ContainsKey(id)) || systemIds.Any(id => id > 0 && !known.Systems.ContainsKey(id)))
        {
            await universe.EnsureAsync(typeIds, systemIds, entityIds, cancellationToken);
            known = await ReadAsync(db, owner, typeIds, entityIds, celestialIds, systemIds, cancellationToken);
        }

        var byId = structures.ToDictionary(s => s.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        return parsed.Select(p => new RenderContext
        {
            Notification = p.Notification,
            Payload = p.Payload,
            Info = NotificationRenderer.InfoFor(p.Notification.Type),
            Owner = owner,
            Structure = p.Payload.Place.StructureId is { } id ? byId.GetValueOrDefault(id) : null,
            Names = known.Names,
            Systems = known.Systems,
            Now = now,
            Images = images,
            Words = words,
            ShowsMoonOre = options.CurrentValue.ShowMoonOre,
            SovereigntySystemIds = known.Sovereignty,
        }).ToList();
    }

    // The stored names of the types, characters, corporations, alliances and celestials, in one read; the systems, with
    // whether the owner's alliance holds each, in another.
    private static async Task<Known> ReadAsync(
        StructuresDbContext db, Owner owner, List<long> typeIds, List<long> entityIds, List<long> celestialIds, List<long> systemIds, CancellationToken cancellationToken)
    {
        var named = await db.EveTypes.Where(t => typeIds.Contains(t.Id)).Select(t => new { t.Id, t.Name })
            .Concat(db.EveEntities.Where(e => entityIds.Contains(e.Id)).Select(e => new { e.Id, e.Name }))
            .Concat(db.EveCelestials.Where(c => celestialIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }))
            .ToListAsync(cancellationToken);
        var names = new Dictionary<long, string>();
        foreach (var item in named)
        {
            names[item.Id] = item.Name;
        }

        // No alliance has ID 0, so an owner outside any alliance holds nothing. One query for owners with and without
        // one: the rehearsal at start (AlertPathRehearsal) compiles it for both, and no first alert compiles it again.
        var alliance = owner.AllianceId ?? 0;
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id))
            .Select(s => new { System = s, Held = db.EveSovereignty.Any(v => v.SolarSystemId == s.Id && v.AllianceId == alliance) })
            .ToListAsync(cancellationToken);
        return new Known(names, systems.ToDictionary(s => s.System.Id, s => s.System), systems.Where(s => s.Held).Select(s => s.System.Id).ToHashSet());
    }

    private sealed record Known(Dictionary<long, string> Names, Dictionary<long, EveSolarSystem> Systems, HashSet<long> Sovereignty);

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
