using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Owners;

// The signed-in user's own characters that stopped syncing an owner, and why: only they can sign in again with one.
public sealed class DisabledSyncCharacters(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
{
    public async Task<IReadOnlyList<DisabledSyncCharacter>> OfAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var mine = (await viewers.ResolveAsync(viewerId, cancellationToken)).CharacterIds.ToList();
        if (mine.Count == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OwnerCharacters.AsNoTracking()
            .Where(c => !c.IsEnabled && mine.Contains(c.CharacterId))
            .OrderBy(c => c.CharacterName)
            .Select(c => new DisabledSyncCharacter(c.CharacterId, c.CharacterName, c.OwnerId, c.Owner!.CorporationName, c.DisabledReason, c.DisabledAt))
            .ToListAsync(cancellationToken);
    }
}

public sealed record DisabledSyncCharacter(long CharacterId, string CharacterName, long OwnerId, string OwnerName, string? Reason, DateTime? DisabledAt);
