using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Live;
using Structures.Core.Notices;

namespace Structures.Core.Owners;

// Corporations rename themselves and change alliance; every owner's name, ticker and alliance are read again from ESI.
// What follows from the alliance (who sees its structures, the sovereignty tag and the starbase fuel discount at the
// next sync, alliance-level routing) reads the owner, so it follows. A corporation that changes alliance stops being a
// main owner and admins are told. An owner ESI cannot describe right now keeps what is known.
public sealed class OwnerAffiliations(IDbContextFactory<StructuresDbContext> contextFactory, EsiClient esi, TimeProvider clock, DashboardEvents events)
{
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.ToListAsync(cancellationToken);
        var allianceNames = new Dictionary<long, string?>();
        var moved = new List<long>();
        foreach (var owner in owners)
        {
            if ((await esi.GetCorporationAsync(owner.CorporationId, cancellationToken)).Value is not { } corporation)
            {
                continue;
            }

            owner.CorporationName = corporation.Name;
            owner.CorporationTicker = corporation.Ticker;
            var allianceName = corporation.AllianceId is { } id ? await AllianceNameAsync(id, allianceNames, cancellationToken) ?? owner.AllianceName : null;
            if (owner.AllianceId != corporation.AllianceId)
            {
                db.AdminNotices.Add(MovedNotice(owner, allianceName));
                owner.IsAllianceMain = false;
                moved.Add(owner.CorporationId);
            }

            owner.AllianceId = corporation.AllianceId;
            owner.AllianceName = allianceName;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var ownerId in moved)
        {
            events.Publish(new OwnerStatusChanged(ownerId));
            events.Publish(new StructuresChanged(ownerId));
        }

        return moved.Count;
    }

    private async Task<string?> AllianceNameAsync(long allianceId, Dictionary<long, string?> known, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(allianceId, out var name))
        {
            name = known[allianceId] = (await esi.GetAllianceAsync(allianceId, cancellationToken)).Value?.Name;
        }

        return name;
    }

    private AdminNotice MovedNotice(Owner owner, string? newAllianceName)
    {
        return NewNotice.AllianceChanged(clock.GetUtcNow().UtcDateTime, owner.CorporationId, owner.CorporationName,
            (owner.AllianceId, owner.AllianceId is null ? null : owner.AllianceName), (null, newAllianceName), owner.IsAllianceMain);
    }
}
