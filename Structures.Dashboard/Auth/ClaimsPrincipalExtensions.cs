using System.Globalization;
using System.Security.Claims;

namespace Structures.Dashboard.Auth;

public static class ClaimsPrincipalExtensions
{
    public static long? CharacterId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
