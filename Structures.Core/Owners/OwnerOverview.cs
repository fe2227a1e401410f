using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Owners;

// Owners a viewer may see, with each stage's sync status and the sync characters.
public sealed class OwnerOverview(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
{
    public async Task<IReadOnlyList<OwnerSummary>> VisibleToAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.VisibleOwnerIds(viewer);
        return await db.Owners.AsNoTracking().Where(o => visible.Contains(o.CorporationId)).OrderBy(o => o.CorporationName)
            .Select(o => new OwnerSummary(o.CorporationId, o.CorporationName, o.AllianceName, o.IsActive, o.IsUp, o.StructuresSync, o.AssetsSync, o.NotificationsSync, o.ForwardingSync,
                db.Structures.Count(s => s.OwnerId == o.CorporationId),
                o.Characters.Select(c => new OwnerCharacterSummary(c.CharacterName, c.IsEnabled, c.DisabledReason)).ToList()))
            .ToListAsync(cancellationToken);
    }

    // Alliances whose owners the viewer sees, that have owners but no main owner.
    public async Task<IReadOnlyList<AllianceWithoutMain>> AlliancesWithoutMainAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.VisibleOwnerIds(viewer);
        var alliances = await db.Owners.Where(o => visible.Contains(o.CorporationId) && o.AllianceId != null).Select(o => o.AllianceId!.Value).Distinct().ToListAsync(cancellationToken);
        return [.. (await AllianceMains.MissingAsync(db, cancellationToken)).Where(a => alliances.Contains(a.AllianceId))];
    }
}

public sealed record OwnerSummary(
    long CorporationId,
    string CorporationName,
    string? AllianceName,
    bool IsActive,
    bool? IsUp,
    SyncStageStatus Structures,
    SyncStageStatus Assets,
    SyncStageStatus Notifications,
    SyncStageStatus Forwarding,
    int StructureCount,
    IReadOnlyList<OwnerCharacterSummary> Characters);

public sealed record OwnerCharacterSummary(string Name, bool IsEnabled, string? DisabledReason);
