using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Sso;

namespace Structures.Core.Access;

// Keeps a row per character that signed in; a new owner hash means the character changed hands.
public sealed class SignInRecorder(IDbContextFactory<StructuresDbContext> contextFactory, Esi.EsiClient esi, TimeProvider clock)
{
    public async Task<EveCharacter> RecordAsync(EveTokenIdentity identity, CancellationToken cancellationToken)
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

        character.Name = identity.Name;
        character.OwnerHash = identity.OwnerHash;
        character.LastLoginAt = now;

        // What the character may see follows its corporation and alliance, refreshed at every sign-in.
        if ((await esi.GetCharacterAsync(identity.CharacterId, cancellationToken)).Value is { } affiliation)
        {
            character.CorporationId = affiliation.CorporationId;
            character.AllianceId = affiliation.AllianceId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return character;
    }
}
