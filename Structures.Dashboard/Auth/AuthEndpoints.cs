using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Structures.Dashboard.Auth;

// Sign-in and sign-out are plain HTTP round trips, never started from inside a Blazor circuit.
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/auth/login", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [EveAuthentication.Scheme]));
        // Links one more character to the signed-in user: they then see with that character's corporation too.
        app.MapGet("/auth/link", (HttpContext http) => Results.Challenge(
            new AuthenticationProperties(new Dictionary<string, string?> { [EveAuthentication.LinkToItem] = http.User.CharacterId()?.ToString(System.Globalization.CultureInfo.InvariantCulture) }) { RedirectUri = "/characters" },
            [EveAuthentication.Scheme])).RequireAuthorization();
        app.MapGet("/owners/add", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/owners" }, [DirectorAuthentication.Scheme]))
            .RequireAuthorization(nameof(Core.Access.Permission.AddStructureOwner));
        app.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        });
    }

    // Only paths of this site, by the framework's own rule (no "//", "/\\", control characters or scheme), so the login
    // link cannot be used to bounce users elsewhere.
    public static string LocalOnly(string? returnUrl) =>
        RedirectHttpResult.IsLocalUrl(returnUrl) && returnUrl.StartsWith('/') ? returnUrl : "/";
}
