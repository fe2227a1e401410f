using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Sso;

namespace Structures.Core.Access;

// Keeps a row per character that signed in, and which main character it is linked to. A new owner hash means the
// character changed hands: its link is dropped. Returns the character the session belongs to (the main).
public sealed class SignInRecorder(IDbContextFactory<StructuresDbContext> contextFactory, Esi.EsiClient esi, TimeProvider clock)
{
    public async Task<EveCharacter> RecordAsync(EveTokenIdentity identity, long? linkTo, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var character = await db.Characters.FindAsync([identity.CharacterId], cancellationToken);
        if (character is null)
        {
            character = new EveCharacter
            {
                Id = identity.CharacterId,
                Name = identity.Name,
                OwnerHash = identity.OwnerHash,
                FirstLoginAt = now,
            };
            db.Characters.Add(character);
        }

        if (character.OwnerHash != identity.OwnerHash)
        {
            character.MainCharacterId = null;
            await db.Characters.Where(c => c.MainCharacterId == character.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.MainCharacterId, (long?)null), cancellationToken);
        }

        character.Name = identity.Name;
        character.OwnerHash = identity.OwnerHash;
        character.LastLoginAt = now;

        // What the character may see follows its corporation and alliance, refreshed at every sign-in.
        if ((await esi.GetCharacterAsync(identity.CharacterId, cancellationToken)).Value is { } affiliation)
        {
            character.CorporationId = affiliation.CorporationId;
            character.AllianceId = affiliation.AllianceId;
            var corporation = (await esi.GetCorporationAsync(affiliation.CorporationId, cancellationToken)).Value;
            character.CorporationName = corporation?.Name ?? character.CorporationName;
            character.AllianceName = affiliation.AllianceId is { } allianceId
                ? (await esi.GetAllianceAsync(allianceId, cancellationToken)).Value?.Name ?? character.AllianceName
                : null;
        }

        var main = linkTo is { } requested && requested != character.Id ? await LinkAsync(db, character, requested, cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        if (main is null && character.MainCharacterId is { } mainId)
        {
            main = await db.Characters.FindAsync([mainId], cancellationToken);
        }

        return main ?? character;
    }

    // Links stay one level deep: the character and everything linked to it move under the main.
    private static async Task<EveCharacter?> LinkAsync(StructuresDbContext db, EveCharacter character, long requested, CancellationToken cancellationToken)
    {
        var main = await db.Characters.FindAsync([requested], cancellationToken);
        if (main is null)
        {
            return null;
        }

        if (main.MainCharacterId is { } mainOfMain && mainOfMain != character.Id)
        {
            main = await db.Characters.FindAsync([mainOfMain], cancellationToken) ?? main;
        }

        character.MainCharacterId = main.Id;
        main.MainCharacterId = null;
        foreach (var linked in await db.Characters.Where(c => c.MainCharacterId == character.Id).ToListAsync(cancellationToken))
        {
            linked.MainCharacterId = main.Id;
        }

        return main;
    }
}
