using Microsoft.AspNetCore.Authentication.OAuth;
using Structures.Core.Sso;

namespace Structures.Dashboard.Auth;

// What every EVE SSO round shares: the application, EVE's endpoints, PKCE, and the correlation cookie.
internal static class EveOAuth
{
    public static void Configure(OAuthOptions options, EveOptions eve, string callbackPath, IEnumerable<string> scopes)
    {
        options.ClientId = eve.ClientId ?? "";
        options.ClientSecret = eve.ClientSecret ?? "";
        options.AuthorizationEndpoint = eve.AuthorizationEndpoint;
        options.TokenEndpoint = eve.TokenEndpoint;
        options.CallbackPath = callbackPath;
        options.UsePkce = eve.UsePkce;
        options.SaveTokens = false;

        // EVE redirects back with a top-level GET, which Lax cookies survive; this also works on plain http.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Scope.Clear();
        foreach (var scope in scopes)
        {
            options.Scope.Add(scope);
        }
    }
}
