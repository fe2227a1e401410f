using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Localization;

namespace Structures.Core.Owners;

// Alliance-level news (sovereignty, bills, wars) reaches every owner corporation of an alliance; one of them, its main,
// tells it, so it goes out once. Choosing a main takes the flag from the alliance's other owners (the database allows
// one per alliance). An alliance with owners but no main has that news withheld, and admins are told.
public static class AllianceMains
{
    // Takes the main flag from the owner's alliance's other owners; returns their names. Call inside a transaction
    // with the save that makes owner the main.
    public static async Task<IReadOnlyList<string>> TakeOverAsync(StructuresDbContext db, Owner owner, CancellationToken cancellationToken)
    {
        var others = db.Owners.Where(o => o.AllianceId == owner.AllianceId && o.IsAllianceMain && o.CorporationId != owner.CorporationId);
        var previous = await others.Select(o => o.CorporationName).ToListAsync(cancellationToken);
        await others.ExecuteUpdateAsync(o => o.SetProperty(x => x.IsAllianceMain, false), cancellationToken);
        return previous;
    }

    public static Task<bool> HasMainAsync(StructuresDbContext db, long allianceId, CancellationToken cancellationToken) =>
        db.Owners.AnyAsync(o => o.AllianceId == allianceId && o.IsAllianceMain, cancellationToken);

    // Alliances with owners but none of them main, with their owners' names.
    public static async Task<IReadOnlyList<AllianceWithoutMain>> MissingAsync(StructuresDbContext db, CancellationToken cancellationToken)
    {
        var owners = await db.Owners.AsNoTracking().Where(o => o.AllianceId != null)
            .Select(o => new { AllianceId = o.AllianceId!.Value, o.AllianceName, o.CorporationName, o.IsAllianceMain }).ToListAsync(cancellationToken);
        return [.. owners.GroupBy(o => o.AllianceId).Where(g => !g.Any(o => o.IsAllianceMain))
            .Select(g => new AllianceWithoutMain(g.Key, g.Select(o => o.AllianceName).FirstOrDefault(n => n is not null) ?? StaticWords<PermissionWords>.Words["AllianceNamed", g.Key], [.. g.Select(o => o.CorporationName).Order()]))
            .OrderBy(a => a.AllianceName)];
    }
}

public sealed record AllianceWithoutMain(long AllianceId, string AllianceName, IReadOnlyList<string> Owners)
{
    // In the viewer's language, as the owners page shows it.
    public string Warning => StaticWords<OwnerAdminWords>.Words["AllianceWithoutMain", AllianceName, string.Join(", ", Owners)];
}
