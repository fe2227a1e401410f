using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// EVE gives a character a new owner hash when it is sold. A session signed in with the old hash ends at its next
// request, so the former owner keeps nothing. What is stored for a character is read at most once per
// RecheckInterval; a sign-in that brings a new hash forgets the cached one at once.
public sealed class OwnerHashCheck(Viewers viewers, TimeProvider clock, IOptions<SessionOptions> options)
{
    private readonly ConcurrentDictionary<long, (string? Hash, long ReadAt)> _stored = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.CharacterId() is { } characterId && user.OwnerHash() is { Length: > 0 } hash && await StoredAsync(characterId, cancellationToken) == hash;

    public void Forget(long characterId) => _stored.TryRemove(characterId, out _);

    // The cookie handler's per-request check: a stale session is signed out, its cookie cleared, the request anonymous.
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var check = context.HttpContext.RequestServices.GetRequiredService<OwnerHashCheck>();
        if (context.Principal is { } user && await check.IsCurrentAsync(user, context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private async Task<string?> StoredAsync(long characterId, CancellationToken cancellationToken)
    {
        if (_stored.TryGetValue(characterId, out var cached) && clock.GetElapsedTime(cached.ReadAt) < options.Value.RecheckInterval)
        {
            return cached.Hash;
        }

        var hash = await viewers.OwnerHashAsync(characterId, cancellationToken);
        _stored[characterId] = (hash, clock.GetTimestamp());
        return hash;
    }
}
