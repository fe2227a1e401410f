using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Owners;

namespace Structures.Core.Access;

// Owners a character may see (its own corporation's), with each stage's sync status and the sync characters.
public sealed class OwnerOverview(IDbContextFactory<StructuresDbContext> contextFactory)
{
    public async Task<IReadOnlyList<OwnerSummary>> VisibleToAsync(long characterId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var corporationId = await db.Characters.Where(c => c.Id == characterId).Select(c => c.CorporationId).SingleOrDefaultAsync(cancellationToken);
        return await db.Owners.AsNoTracking().Where(o => o.CorporationId == corporationId)
            .Select(o => new OwnerSummary(o.CorporationId, o.CorporationName, o.StructuresSync, o.NotificationsSync,
                o.Characters.Select(c => new OwnerCharacterSummary(c.CharacterName, c.IsEnabled, c.DisabledReason)).ToList()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record OwnerSummary(long CorporationId, string CorporationName, SyncStageStatus Structures, SyncStageStatus Notifications, IReadOnlyList<OwnerCharacterSummary> Characters);

public sealed record OwnerCharacterSummary(string Name, bool IsEnabled, string? DisabledReason);
