using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Owners;

namespace Structures.Core.Access;

// Owners a viewer may see, with each stage's sync status and the sync characters.
public sealed class OwnerOverview(IDbContextFactory<StructuresDbContext> contextFactory)
{
    public async Task<IReadOnlyList<OwnerSummary>> VisibleToAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.VisibleOwnerIds(viewer);
        return await db.Owners.AsNoTracking().Where(o => visible.Contains(o.CorporationId)).OrderBy(o => o.CorporationName)
            .Select(o => new OwnerSummary(o.CorporationId, o.CorporationName, o.StructuresSync, o.NotificationsSync,
                o.Characters.Select(c => new OwnerCharacterSummary(c.CharacterName, c.IsEnabled, c.DisabledReason)).ToList()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record OwnerSummary(long CorporationId, string CorporationName, SyncStageStatus Structures, SyncStageStatus Notifications, IReadOnlyList<OwnerCharacterSummary> Characters);

public sealed record OwnerCharacterSummary(string Name, bool IsEnabled, string? DisabledReason);
