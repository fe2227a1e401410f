using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Live;
using Structures.Core.Sso;

namespace Structures.Core.Owners;

// Adds a director's corporation as an owner, or the director as one more sync character of it.
public sealed class OwnerRegistry(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Access.Viewers viewers,
    EsiClient esi,
    EveTokenRefresher tokens,
    DashboardEvents events,
    IStringLocalizer<OwnerAdminWords> words,
    TimeProvider clock)
{
    public async Task<AddOwnerResult> AddAsync(Access.ViewerId requestedBy, EveTokenIdentity identity, string accessToken, string refreshToken, CancellationToken cancellationToken)
    {
        if (!(await viewers.ResolveAsync(requestedBy, cancellationToken)).Can(Access.Permission.AddStructureOwner))
        {
            return new AddOwnerResult(AddOwnerOutcome.NotPermitted, words["AddNotPermitted", Access.PermissionLabels.Label(Access.Permission.AddStructureOwner)]);
        }

        var missing = EveScopes.RequiredForSync.Except(identity.Scopes).ToList();
        if (missing.Count > 0)
        {
            return new AddOwnerResult(AddOwnerOutcome.MissingScopes, words["MissingScopes", string.Join(", ", missing)]);
        }

        var character = await esi.GetCharacterAsync(identity.CharacterId, cancellationToken);
        if (character.Value is not { } info)
        {
            return new AddOwnerResult(AddOwnerOutcome.EsiUnavailable, words["CorporationUnknown", identity.Name, character.Error ?? ""]);
        }

        var roles = await esi.GetCharacterRolesAsync(identity.CharacterId, new EsiAuth(identity.CharacterId, accessToken), cancellationToken);
        switch (DirectorRole.Check(roles))
        {
            case DirectorCheck.NotDirector:
                return new AddOwnerResult(AddOwnerOutcome.NotDirector, words["NotDirector", identity.Name]);
            case DirectorCheck.Unconfirmed:
                return new AddOwnerResult(AddOwnerOutcome.DirectorUnconfirmed,
                    words["DirectorUnconfirmed", identity.Name, roles.Error ?? ""]);
        }

        var corporation = await esi.GetCorporationAsync(info.CorporationId, cancellationToken);
        var alliance = corporation.Value?.AllianceId is { } allianceId ? await esi.GetAllianceAsync(allianceId, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.Include(o => o.Characters).SingleOrDefaultAsync(o => o.CorporationId == info.CorporationId, cancellationToken);
        var created = owner is null;
        owner ??= db.Owners.Add(new Owner
        {
            CorporationId = info.CorporationId,
            CorporationName = "",
            CreatedAt = now,
            Webhooks = await db.Webhooks.Where(w => w.IsDefault).ToListAsync(cancellationToken),
        }).Entity;
        owner.CorporationName = corporation.Value?.Name ?? (created ? $"Corporation {info.CorporationId}" : owner.CorporationName);
        owner.CorporationTicker = corporation.Value?.Ticker ?? owner.CorporationTicker;
        owner.AllianceId = corporation.Value is null ? owner.AllianceId : corporation.Value.AllianceId;
        owner.AllianceName = alliance?.Value?.Name ?? owner.AllianceName;

        var syncCharacter = owner.Characters.FirstOrDefault(c => c.CharacterId == identity.CharacterId);
        var renewed = syncCharacter is not null;
        if (syncCharacter is null)
        {
            syncCharacter = new OwnerCharacter { CharacterId = identity.CharacterId, CharacterName = identity.Name, OwnerHash = identity.OwnerHash, ProtectedRefreshToken = "", CreatedAt = now };
            owner.Characters.Add(syncCharacter);
        }

        syncCharacter.CharacterName = identity.Name;
        syncCharacter.OwnerHash = identity.OwnerHash;
        syncCharacter.ProtectedRefreshToken = tokens.Protect(refreshToken);
        syncCharacter.Scopes = string.Join(' ', identity.Scopes);
        syncCharacter.Enable();
        tokens.Forget(syncCharacter.Id);
        db.AdminNotices.Add(created
            ? Notices.NewNotice.OwnerAdded(now, owner.CorporationId, owner.CorporationName, identity.Name)
            : Notices.NewNotice.CharacterAdded(now, owner.CorporationId, owner.CorporationName, identity.Name));
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new OwnerStatusChanged(owner.CorporationId));

        return created
            ? new AddOwnerResult(AddOwnerOutcome.OwnerCreated, words["OwnerCreated", owner.CorporationName], owner.CorporationId)
            : new AddOwnerResult(renewed ? AddOwnerOutcome.CharacterRenewed : AddOwnerOutcome.CharacterAdded,
                renewed
                    ? words["CharacterRenewed", owner.CorporationName, identity.Name]
                    : words["CharacterAdded", owner.CorporationName, identity.Name],
                owner.CorporationId);
    }
}
