using Microsoft.AspNetCore.Authentication.OAuth;
using Structures.Core.Sso;

namespace Structures.Dashboard.Auth;

// What every EVE SSO round shares: the application, EVE's endpoints, PKCE, and the correlation cookie.
internal static class EveOAuth
{
    // The one callback URL registered for the application on EVE's developer portal: every round comes back here.
    public const string CallbackPath = "/signin-eve";

    public static void Configure(OAuthOptions options, EveOptions eve, IEnumerable<string> scopes)
    {
        options.ClientId = eve.ClientId ?? "";
        options.ClientSecret = eve.ClientSecret ?? "";
        options.AuthorizationEndpoint = eve.AuthorizationEndpoint;
        options.TokenEndpoint = eve.TokenEndpoint;
        options.CallbackPath = CallbackPath;
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
