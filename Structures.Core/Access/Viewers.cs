using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Core.Access;

// Works out who a signed-in character is to Core: linked characters, their corporations and alliances, and the
// permissions granted to any of them (and to owners' members, when one is in an owner corporation). Read fresh each time, so a changed grant applies at the next action.
public sealed class Viewers(IDbContextFactory<StructuresDbContext> contextFactory, IOptionsMonitor<AccessOptions> options)
{
    // After each change every open page of a user asks who that user is, all within the same moment: 50 boards
    // would make 50 identical reads. Asks for the same session while its read is under way share that read; the
    // first ask after it ends reads afresh, so a changed grant still applies at the next action.
    private readonly SharedReads<ViewerId, Viewer> _reads = new();

    // A session whose character has since changed hands (EVE gave it a new owner hash) speaks for nobody.
    public Task<Viewer> ResolveAsync(ViewerId id, CancellationToken cancellationToken) =>
        id.IsSystem ? Task.FromResult(Viewer.System)
        : id.CharacterId == 0 ? Task.FromResult(Viewer.Anonymous)
        : _reads.ReadAsync(id, () => LoadAsync(id.CharacterId, id.OwnerHash, CancellationToken.None), cancellationToken);

    public Task<Viewer> ForCharacterAsync(long characterId, CancellationToken cancellationToken) => LoadAsync(characterId, null, cancellationToken);

    // What EVE said the character's owner hash was when it last signed in; null for a character never seen.
    public async Task<string?> OwnerHashAsync(long characterId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Characters.AsNoTracking().Where(c => c.Id == characterId).Select(c => c.OwnerHash).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<Viewer> LoadAsync(long characterId, string? ownerHash, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking()
            .Where(c => c.Id == characterId || c.MainCharacterId == characterId)
            .ToListAsync(cancellationToken);
        if (characters.FirstOrDefault(c => c.Id == characterId) is not { } main || (ownerHash is not null && main.OwnerHash != ownerHash))
        {
            return Viewer.Anonymous;
        }

        var characterIds = characters.Select(c => c.Id).ToList();
        var corporationIds = characters.Select(c => c.CorporationId).OfType<long>().Distinct().ToList();
        var allianceIds = characters.Select(c => c.AllianceId).OfType<long>().Distinct().ToList();
        var isOwnerMember = await db.Owners.AnyAsync(o => corporationIds.Contains(o.CorporationId), cancellationToken);
        var permissions = (await db.PermissionGrants.AsNoTracking()
            .Where(g => (g.GranteeKind == GranteeKind.Character && characterIds.Contains(g.GranteeId))
                || (g.GranteeKind == GranteeKind.Corporation && corporationIds.Contains(g.GranteeId))
                || (g.GranteeKind == GranteeKind.Alliance && allianceIds.Contains(g.GranteeId))
                || (isOwnerMember && g.GranteeKind == GranteeKind.OwnerMembers))
            .Select(g => g.Permission)
            .ToListAsync(cancellationToken)).ToHashSet();

        var isAdmin = options.CurrentValue.AdminCharacterIds.Any(characterIds.Contains);
        return new Viewer(main.Id, main.Name, characterIds.ToHashSet(), corporationIds.ToHashSet(), allianceIds.ToHashSet(), permissions, isAdmin);
    }

    // The characters of the signed-in user, for "my characters".
    public async Task<IReadOnlyList<EveCharacter>> CharactersOfAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = viewer.CharacterIds.ToList();
        return await db.Characters.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.MainCharacterId != null).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }
}
