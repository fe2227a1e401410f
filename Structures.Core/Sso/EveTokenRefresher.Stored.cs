using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Sso;

// The tokens kept between refreshes: in memory for this instance, and in the database, encrypted, for every
// instance (the rotated refresh token, and the last access token with its expiry).
public sealed partial class EveTokenRefresher
{
    private readonly ConcurrentDictionary<int, (string Token, DateTimeOffset ExpiresAt)> _accessTokens = new();

    // Characters whose access token was forgotten (ESI refused it, the character changed): the stored one is not
    // trusted either, and the next call refreshes.
    private readonly ConcurrentDictionary<int, byte> _forgotten = new();

    // Rotated refresh tokens whose save failed (the database locked): EVE has spent the old one, so the new one is
    // used from here until it is stored, and a database that is locked for a moment cannot lose the character.
    private readonly ConcurrentDictionary<int, string> _unsaved = new();

    public void Forget(int ownerCharacterId)
    {
        _forgotten[ownerCharacterId] = 0;
        _accessTokens.TryRemove(ownerCharacterId, out _);
    }

    private string? Cached(int id) =>
        _accessTokens.TryGetValue(id, out var cached) && IsFresh(cached.ExpiresAt) ? cached.Token : null;

    private bool IsFresh(DateTimeOffset expiresAt) => expiresAt - clock.GetUtcNow() > TimeSpan.FromMinutes(1);

    private (string Token, DateTimeOffset ExpiresAt)? StoredAccessToken(string? protectedToken, DateTime? expiresAt)
    {
        if (protectedToken is null || expiresAt is not { } until || !IsFresh(new DateTimeOffset(until, TimeSpan.Zero)))
        {
            return null;
        }

        try
        {
            return (_protector.Unprotect(protectedToken), new DateTimeOffset(until, TimeSpan.Zero));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static async Task<bool> CanStoreAsync(StructuresDbContext db, int ownerCharacterId, CancellationToken cancellationToken)
    {
        try
        {
            await db.OwnerCharacters.Where(c => c.Id == ownerCharacterId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedRefreshToken, c => c.ProtectedRefreshToken), cancellationToken);
            return true;
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            return false;
        }
    }

    // Stored by this update alone: the caller's character is left as it is, since a caller that tracks it (a sync) saves
    // it later, and by then another instance may have rotated the token again; writing this one back would lose that.
    private async Task StoreRefreshTokenAsync(StructuresDbContext db, int ownerCharacterId, string rotated, CancellationToken cancellationToken)
    {
        var protectedToken = _protector.Protect(rotated);
        _unsaved[ownerCharacterId] = protectedToken;
        await db.OwnerCharacters.Where(c => c.Id == ownerCharacterId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedRefreshToken, protectedToken), cancellationToken);
        _unsaved.TryRemove(ownerCharacterId, out _);
    }

    // Shared with the other instances; should the database refuse it, this instance still has the token, and the next
    // instance that needs one refreshes (one at a time, with the rotated refresh token stored).
    private async Task StoreAccessTokenAsync(StructuresDbContext db, int ownerCharacterId, string accessToken, DateTime expiresAt, CancellationToken cancellationToken)
    {
        var protectedToken = _protector.Protect(accessToken);
        try
        {
            await db.OwnerCharacters.Where(c => c.Id == ownerCharacterId).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.ProtectedAccessToken, protectedToken).SetProperty(c => c.AccessTokenExpiresAt, expiresAt), cancellationToken);
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
        }
    }
}
