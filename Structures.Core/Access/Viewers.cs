using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Structures;

namespace Structures.Core.Access;

// Works out who a signed-in character is to Core: linked characters, their corporations and alliances, and the
// permissions granted to any of them. Read fresh each time, so a changed grant applies at the next page load.
public sealed class Viewers(IDbContextFactory<StructuresDbContext> contextFactory, IOptionsMonitor<StructuresOptions> options)
{
    public async Task<Viewer> ForCharacterAsync(long characterId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking()
            .Where(c => c.Id == characterId || c.MainCharacterId == characterId)
            .ToListAsync(cancellationToken);
        if (characters.FirstOrDefault(c => c.Id == characterId) is not { } main)
        {
            return Viewer.Anonymous;
        }

        var characterIds = characters.Select(c => c.Id).ToList();
        var corporationIds = characters.Select(c => c.CorporationId).OfType<long>().Distinct().ToList();
        var allianceIds = characters.Select(c => c.AllianceId).OfType<long>().Distinct().ToList();
        var permissions = (await db.PermissionGrants.AsNoTracking()
            .Where(g => (g.GranteeKind == GranteeKind.Character && characterIds.Contains(g.GranteeId))
                || (g.GranteeKind == GranteeKind.Corporation && corporationIds.Contains(g.GranteeId))
                || (g.GranteeKind == GranteeKind.Alliance && allianceIds.Contains(g.GranteeId)))
            .Select(g => g.Permission)
            .ToListAsync(cancellationToken)).ToHashSet();
        if (await db.Owners.AnyAsync(o => corporationIds.Contains(o.CorporationId), cancellationToken))
        {
            permissions.Add(Permission.BasicAccess);
        }

        var isAdmin = options.CurrentValue.AdminCharacterIds.Any(characterIds.Contains);
        return new Viewer(main.Id, main.Name, characterIds.ToHashSet(), corporationIds.ToHashSet(), allianceIds.ToHashSet(), permissions, isAdmin);
    }

    // The characters of the signed-in user, for "my characters".
    public async Task<IReadOnlyList<EveCharacter>> CharactersOfAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = viewer.CharacterIds.ToList();
        return await db.Characters.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.MainCharacterId != null).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }
}
