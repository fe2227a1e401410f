using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Sso;

namespace Structures.Dashboard.Auth;

// Sign-in with EVE SSO: OAuth 2.0 code flow with PKCE, identity read from the validated JWT access token.
// EVE SSO is not OpenID Connect (no id_token, nonce or userinfo contract), so AddOpenIdConnect is not used.
public static class EveAuthentication
{
    public const string Scheme = "EveSso";
    public const string OwnerHashClaim = "eve:owner_hash";
    public const string LinkToItem = "link-to";

    public static IServiceCollection AddEveAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/auth/login";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "structures.auth";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = OwnerHashCheck.ValidatePrincipalAsync;
            })
            .AddOAuth<OAuthOptions, SharedCallbackHandler>(Scheme, _ => { });
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SessionOptions>>((options, sessions) => options.ExpireTimeSpan = sessions.Value.Lifetime);
        services.AddSingleton<OwnerHashCheck>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddOptions<OAuthOptions>(Scheme).Configure<IOptions<EveOptions>>((options, eveOptions) =>
        {
            // Login proves identity only: no ESI scope, so EVE issues no refresh token for it.
            EveOAuth.Configure(options, eveOptions.Value, []);
            options.Events.OnCreatingTicket = CreateTicketAsync;
            options.Events.OnAccessDenied = context =>
            {
                context.Response.Redirect("/?signin=cancelled");
                context.HandleResponse();
                return Task.CompletedTask;
            };
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/?signin=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        services.AddCascadingAuthenticationState();
        services.AddPermissionPolicies();
        return services;
    }

    private static async Task CreateTicketAsync(OAuthCreatingTicketContext context)
    {
        var services = context.HttpContext.RequestServices;
        var validation = await services.GetRequiredService<EveTokenValidator>()
            .ValidateAsync(context.AccessToken ?? "", context.HttpContext.RequestAborted);
        if (validation.Identity is not { } identity)
        {
            context.Fail(validation.Error ?? "The EVE token is not valid.");
            return;
        }

        // Linking is honoured only for the user who is signed in right now, whatever the round trip carried.
        // The callback runs before the app's cookie is read for the request, so it is read here.
        var user = (await context.HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal;
        long? linkTo = context.Properties.Items.TryGetValue(LinkToItem, out var requested) && requested is not null
            && user?.CharacterId() is { } current && requested == current.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? current
            : null;
        var character = await services.GetRequiredService<SignInRecorder>().RecordAsync(identity, linkTo, context.HttpContext.RequestAborted);
        services.GetRequiredService<OwnerHashCheck>().Forget(identity.CharacterId);
        var claims = context.Identity!;
        claims.AddClaim(new Claim(ClaimTypes.NameIdentifier, character.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        claims.AddClaim(new Claim(ClaimTypes.Name, character.Name));
        claims.AddClaim(new Claim(OwnerHashClaim, character.OwnerHash));
    }
}
