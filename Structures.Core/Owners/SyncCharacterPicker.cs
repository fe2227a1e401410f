using Structures.Core.Esi;
using Structures.Core.Sso;

namespace Structures.Core.Owners;

// Picks the owner's character to sync with: the least recently used one that still works. Characters that left the
// corporation, lost the Director role or whose token died are disabled with the reason, never deleted (aa-structures §2.3).
public sealed class SyncCharacterPicker(EveTokenRefresher tokens, EsiClient esi, TimeProvider clock)
{
    public static TimeSpan CacheWindow(SyncKind kind) => kind == SyncKind.Structures ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(10);

    // The owner's characters must be loaded and tracked: disabling and rotation are saved by the caller.
    public async Task<SyncCharacterPick> PickAsync(Owner owner, SyncKind kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = new List<string>();
        // For notifications the character whose ESI cache expired first goes first: its answer is the freshest there is.
        var enabled = owner.Characters.Where(c => c.IsEnabled)
            .OrderBy(c => kind == SyncKind.Notifications ? c.NotificationsCacheExpiresAt ?? DateTime.MinValue : DateTime.MinValue)
            .ThenBy(c => LastUsed(c, kind) ?? DateTime.MinValue).ThenBy(c => c.Id).ToList();
        foreach (var character in enabled)
        {
            var affiliation = await esi.GetCharacterAsync(character.CharacterId, cancellationToken);
            if (affiliation.Value is { } info && info.CorporationId != owner.CorporationId)
            {
                character.Disable($"{character.CharacterName} left {owner.CorporationName}.", now);
                tokens.Forget(character.Id);
                problems.Add(character.DisabledReason!);
                continue;
            }

            var (auth, problem) = await AuthorizeAsync(owner, character, kind, now, cancellationToken);
            if (auth is null)
            {
                problems.Add(problem!);
                continue;
            }

            Rotate(character, kind, enabled.Count, now);
            return new SyncCharacterPick(character, auth, null);
        }

        var why = problems.Count == 0 ? "no enabled sync character" : string.Join(" ", problems);
        return new SyncCharacterPick(null, null, $"No character can sync {owner.CorporationName}: {why}");
    }

    // A working token and, for a structure sync (the corporation's data), ESI's word that the character is still a
    // director. Demoted since it was added: it goes. A lookup that failed proves nothing either way, so the character is
    // skipped this time but stays enabled: a passing ESI outage disables nobody. A notification fetch reads the
    // character's own notifications, which need no corporation role: it does not ask, so an outage of the roles
    // route or an ESI error-limit pause holds up structure syncs only, and the half-hourly sync catches a demotion.
    private async Task<(EsiAuth? Auth, string? Problem)> AuthorizeAsync(
        Owner owner, OwnerCharacter character, SyncKind kind, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAccessTokenAsync(character, EveScopes.RequiredForSync, cancellationToken);
            if (token.AccessToken is null)
            {
                if (token.IsDead)
                {
                    character.Disable(token.Error!, now);
                }

                return (null, $"{character.CharacterName}: {token.Error}");
            }

            var auth = new EsiAuth(character.CharacterId, token.AccessToken);
            if (kind == SyncKind.Notifications)
            {
                return (auth, null);
            }

            var roles = await esi.GetCharacterRolesAsync(character.CharacterId, auth, cancellationToken);

            // ESI refuses the access token (revoked meanwhile, say): a fresh one from the refresh token decides at once
            // whether the character still works.
            if (roles.Outcome is EsiOutcome.Unauthorized or EsiOutcome.Forbidden && attempt == 0)
            {
                tokens.Forget(character.Id);
                continue;
            }

            switch (DirectorRole.Check(roles))
            {
                case DirectorCheck.Confirmed:
                    return (auth, null);
                case DirectorCheck.NotDirector:
                    character.Disable($"{character.CharacterName} is not a director of {owner.CorporationName} any more.", now);
                    tokens.Forget(character.Id);
                    return (null, character.DisabledReason);
                default:
                    tokens.Forget(character.Id);
                    return (null, $"{character.CharacterName}: ESI could not confirm the Director role ({roles.Error}).");
            }
        }
    }

    // Moving on only once a character's share of the cache window has passed spreads N characters evenly over it,
    // so each fetch finds a fresh ESI cache: about cache / N between new data.
    private static void Rotate(OwnerCharacter character, SyncKind kind, int enabledCount, DateTime now)
    {
        var last = LastUsed(character, kind);
        var share = TimeSpan.FromTicks(Math.Max(CacheWindow(kind).Ticks / Math.Max(1, enabledCount), TimeSpan.FromSeconds(60).Ticks));
        if (last is not null && now - last < share)
        {
            return;
        }

        if (kind == SyncKind.Structures)
        {
            character.StructuresLastUsedAt = now;
        }
        else
        {
            character.NotificationsLastUsedAt = now;
        }
    }

    private static DateTime? LastUsed(OwnerCharacter character, SyncKind kind) =>
        kind == SyncKind.Structures ? character.StructuresLastUsedAt : character.NotificationsLastUsedAt;
}
