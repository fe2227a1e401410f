using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Core.Structures;

namespace Structures.Dashboard.Auth;

// "Add structure owner": a second EVE SSO round asking for the director scopes. It never signs anyone in, so the
// user's own session is untouched; it stores the character's token, creates or updates the owner, starts a sync.
public static class DirectorAuthentication
{
    public const string Scheme = "EveDirector";
    private const string ExternalScheme = "EveDirectorExternal";

    public static IServiceCollection AddDirectorAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(ExternalScheme, options => options.ExpireTimeSpan = TimeSpan.FromMinutes(5))
            .AddOAuth<OAuthOptions, SharedCallbackHandler>(Scheme, _ => { });
        services.AddOptions<OAuthOptions>(Scheme).Configure<IOptions<EveOptions>>((options, eveOptions) =>
        {
            EveOAuth.Configure(options, eveOptions.Value, EveScopes.Director);
            options.SignInScheme = ExternalScheme;

            options.Events.OnCreatingTicket = AddOwnerAsync;
            options.Events.OnTicketReceived = context =>
            {
                context.HandleResponse();
                context.Response.Redirect(context.ReturnUri ?? "/owners");
                return Task.CompletedTask;
            };
            options.Events.OnAccessDenied = context =>
            {
                context.HandleResponse();
                context.Response.Redirect(Result("Adding the owner was cancelled in EVE SSO. Nothing was changed.", false));
                return Task.CompletedTask;
            };
            options.Events.OnRemoteFailure = context =>
            {
                context.HandleResponse();
                context.Response.Redirect(Result("EVE SSO did not complete. Nothing was changed; please try again.", false));
                return Task.CompletedTask;
            };
        });
        return services;
    }

    private static async Task AddOwnerAsync(OAuthCreatingTicketContext context)
    {
        var services = context.HttpContext.RequestServices;
        var validation = await services.GetRequiredService<EveTokenValidator>().ValidateAsync(context.AccessToken ?? "", context.HttpContext.RequestAborted);
        if (validation.Identity is not { } identity || context.RefreshToken is not { Length: > 0 } refreshToken)
        {
            context.Properties.RedirectUri = Result($"EVE SSO's answer could not be used: {validation.Error ?? "no refresh token was issued"}", false);
            return;
        }

        // The user who started the round is still signed in with the app's cookie: their permission decides.
        // The callback runs before the app's cookie is read for the request, so it is read here.
        var user = (await context.HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal;
        var result = await services.GetRequiredService<OwnerRegistry>().AddAsync(user?.ViewerId() ?? ViewerId.Anonymous, identity, context.AccessToken!, refreshToken, context.HttpContext.RequestAborted);
        if (result.Succeeded && result.OwnerId is { } ownerId)
        {
            // The first sync starts now, in the background: the director is back on the page at once. It ends with
            // the app, not with the request.
            var scheduler = services.GetRequiredService<StructureSyncScheduler>();
            var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = Task.Run(() => scheduler.SyncIsolatedAsync(ownerId, stopping), CancellationToken.None);
        }

        context.Properties.RedirectUri = Result(result.Message, result.Succeeded);
    }

    private static string Result(string message, bool ok) =>
        string.Create(CultureInfo.InvariantCulture, $"/owners?ok={(ok ? "true" : "false")}&message={Uri.EscapeDataString(message)}");
}
