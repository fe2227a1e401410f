using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Esi;

namespace Structures.Core.Access;

// Characters change corporation between sign-ins; what a user sees follows their corporation, so every signed-in
// character's corporation and alliance are read again from ESI (one request per thousand characters).
public sealed class CharacterAffiliations(IDbContextFactory<StructuresDbContext> contextFactory, EsiClient esi)
{
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var characters = await db.Characters.ToListAsync(cancellationToken);
        if (characters.Count == 0)
        {
            return 0;
        }

        var answer = await esi.GetAffiliationsAsync(characters.Select(c => c.Id).ToList(), cancellationToken);
        if (answer.Value is not { } affiliations)
        {
            return 0;
        }

        var changed = 0;
        foreach (var affiliation in affiliations)
        {
            if (characters.FirstOrDefault(c => c.Id == affiliation.CharacterId) is not { } character
                || (character.CorporationId == affiliation.CorporationId && character.AllianceId == affiliation.AllianceId))
            {
                continue;
            }

            character.CorporationId = affiliation.CorporationId;
            character.CorporationName = (await esi.GetCorporationAsync(affiliation.CorporationId, cancellationToken)).Value?.Name;
            character.AllianceId = affiliation.AllianceId;
            character.AllianceName = affiliation.AllianceId is { } alliance ? (await esi.GetAllianceAsync(alliance, cancellationToken)).Value?.Name : null;
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
