using System.Globalization;
using System.Security.Claims;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

public static class ClaimsPrincipalExtensions
{
    public static long? CharacterId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? OwnerHash(this ClaimsPrincipal user) => user.FindFirstValue(EveAuthentication.OwnerHashClaim);

    // Who the session speaks for, as Core takes it: the character with the owner hash it signed in with.
    public static ViewerId ViewerId(this ClaimsPrincipal user) =>
        user.CharacterId() is { } id && user.OwnerHash() is { } hash ? Core.Access.ViewerId.Character(id, hash) : Core.Access.ViewerId.Anonymous;
}
