using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Core.Webhooks;

// The notification a test sends, as ESI would write it: one the webhook forwards (an attack, else a fuel alert, else a
// finished moon extraction; an attack when it forwards none of these), about a real structure of an owner it serves.
internal static class WebhookSample
{
    private const string Attack = "StructureUnderAttack";
    private const string Fuel = "StructureFuelAlert";
    private const string Moon = "MoonminingExtractionFinished";

    public static string TypeFor(Webhook webhook) => new[] { Attack, Fuel, Moon }.FirstOrDefault(webhook.Types.Contains) ?? Attack;

    // The webhook's first owner by name, else any owner, else a stand-in: a webhook with no owner can still be tested.
    public static async Task<Owner> OwnerAsync(StructuresDbContext db, Webhook webhook, CancellationToken cancellationToken) =>
        webhook.Owners.OrderBy(o => o.CorporationName, StringComparer.Ordinal).FirstOrDefault()
        ?? await db.Owners.AsNoTracking().OrderBy(o => o.CorporationName).FirstOrDefaultAsync(cancellationToken)
        ?? new Owner { CorporationName = "Your corporation" };

    public static async Task<ParsedNotification> NotificationAsync(StructuresDbContext db, Owner owner, string type, DateTime now, CancellationToken cancellationToken)
    {
        // A moon sample is about a refinery at a moon, if the owner has one.
        var structure = await db.Structures.AsNoTracking()
            .Where(s => s.OwnerId == owner.CorporationId && s.Kind == StructureKind.Upwell)
            .OrderBy(s => type == Moon && s.MoonId == null).ThenBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        var text = Place(structure) + type switch
        {
            Fuel => FuelText,
            Moon => MoonText(structure, now),
            _ => AttackText,
        };
        var row = new Notification
        {
            OwnerId = owner.CorporationId,
            Type = type,
            SenderType = "corporation",
            Timestamp = now,
            Text = text,
            ContentKey = "test",
            StructureId = structure?.Id,
            ReceivedAt = now,
        };
        return ParsedNotification.Parse(row);
    }

    // A structure of the owner, or a stand-in Astrahus in no known system.
    private static string Place(Structure? structure) => structure is null
        ? "structureID: 0\nstructureTypeID: 35832\nstructureName: Sample Astrahus\n"
        : string.Create(CultureInfo.InvariantCulture, $"solarsystemID: {structure.SolarSystemId}\nstructureID: {structure.Id}\nstructureTypeID: {structure.TypeId}\n");

    private const string AttackText =
        "allianceName: Sample Attackers Alliance\ncorpName: Sample Attackers\nshieldPercentage: 42.5\narmorPercentage: 100.0\nhullPercentage: 100.0\n";

    private const string FuelText = "listOfTypesAndQty:\n- - 154\n  - 4312\n";

    // Finished now, fracturing by itself in three hours, as EVE writes times (FILETIME).
    private static string MoonText(Structure? structure, DateTime now) => string.Create(CultureInfo.InvariantCulture,
        $"moonID: {structure?.MoonId ?? 0}\nautoTime: {now.AddHours(3).ToFileTimeUtc()}\noreVolumeByType: {{}}\n");
}
