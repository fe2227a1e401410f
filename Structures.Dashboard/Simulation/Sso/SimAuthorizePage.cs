using System.Globalization;
using System.Net;
using System.Text;

namespace Structures.Dashboard.Simulation.Sso;

// EVE's login page, reduced to what a demo needs: pick one of the universe's characters, or cancel.
internal static class SimAuthorizePage
{
    private static readonly string[] Carried = ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"];

    public static IResult Show(HttpRequest request, SimClients clients, SimWorld world)
    {
        var query = request.Query;
        if (Invalid(query["state"], query["client_id"], query["redirect_uri"], query["response_type"], query["code_challenge_method"], clients) is { } error)
        {
            return error;
        }

        AllowFormTo(request.HttpContext.Response.Headers, new Uri(query["redirect_uri"].ToString()));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>EVE Online SSO (simulated)</title>")
            .Append("<style>body{font-family:sans-serif;background:#111;color:#ddd;max-width:720px;margin:2em auto}")
            .Append("button{margin:.2em;padding:.5em 1em;cursor:pointer}h2{color:#e0a040}</style></head><body>")
            .Append("<h1>Log in with EVE Online</h1><p>This is the simulated EVE SSO of the Structures demo. Choose a character.</p>")
            .Append("<p>In the demo, Bruce Wayne is the admin (settings, webhooks, test notifications); directors may add their corporation; members see their own corporation's structures.</p>");
        var scopes = query["scope"].ToString();
        if (!string.IsNullOrWhiteSpace(scopes))
        {
            html.Append("<p data-testid=\"sso-scopes\">Requested scopes: ").Append(WebUtility.HtmlEncode(scopes)).Append("</p>");
        }

        html.Append("<form method=\"post\">");
        foreach (var key in Carried)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{key}\" value=\"{WebUtility.HtmlEncode(query[key].ToString())}\">");
        }

        foreach (var corporation in world.Corporations)
        {
            var alliance = corporation.AllianceId is { } a ? world.Alliance(a)?.Name : "no alliance";
            html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(corporation.Name)} [{corporation.Ticker}] <small>{WebUtility.HtmlEncode(alliance)}</small></h2>");
            foreach (var character in world.Characters.Where(c => c.CorporationId == corporation.Id))
            {
                var role = character.Roles.Count == 0 ? "member" : string.Join(", ", character.Roles);
                html.Append(CultureInfo.InvariantCulture,
                    $"<button type=\"submit\" name=\"character_id\" value=\"{character.Id}\" data-testid=\"sso-character-{character.Id}\">{WebUtility.HtmlEncode(character.Name)} ({role})</button>");
            }
        }

        html.Append("<p><button type=\"submit\" name=\"cancel\" value=\"1\" data-testid=\"sso-cancel\">Cancel</button></p></form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    public static async Task<IResult> Choose(HttpRequest request, SimClients clients, SimWorld world, SimTokenService tokens)
    {
        var form = await request.ReadFormAsync();
        if (Invalid(form["state"], form["client_id"], form["redirect_uri"], form["response_type"], form["code_challenge_method"], clients) is { } error)
        {
            return error;
        }

        var redirect = form["redirect_uri"].ToString();
        var state = Uri.EscapeDataString(form["state"].ToString());
        if (form.ContainsKey("cancel"))
        {
            return Results.Redirect($"{redirect}{Separator(redirect)}error=access_denied&error_description=The+user+cancelled+the+login&state={state}");
        }

        if (!long.TryParse(form["character_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var characterId) || world.Character(characterId) is null)
        {
            return SimSsoEndpoints.OAuthError("invalid_request", "Unknown character.");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var grant = new SimGrant(characterId, scopes, form["client_id"].ToString());
        var code = tokens.CreateCode(grant, redirect, form["code_challenge"].FirstOrDefault() is { Length: > 0 } c ? c : null);
        return Results.Redirect($"{redirect}{Separator(redirect)}code={Uri.EscapeDataString(code)}&state={state}");
    }

    private static IResult? Invalid(string? state, string? clientId, string? redirectUri, string? responseType, string? challengeMethod, SimClients clients)
    {
        if (string.IsNullOrEmpty(state))
        {
            return SimSsoEndpoints.OAuthError("invalid_request", "The state parameter is required.");
        }

        if (responseType != "code")
        {
            return SimSsoEndpoints.OAuthError("unsupported_response_type", "Only the authorization code flow is supported.");
        }

        if (!clients.IsKnown(clientId))
        {
            return SimSsoEndpoints.OAuthError("invalid_client", "Unknown client_id.");
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect))
        {
            return SimSsoEndpoints.OAuthError("invalid_request", "redirect_uri must be an absolute URL.");
        }

        // Like EVE, which compares it with the one callback URL registered for the application.
        if (redirect.AbsolutePath != SimClients.CallbackPath)
        {
            return SimSsoEndpoints.OAuthError("invalid_request", "redirect_uri does not match the callback URL registered for this application.");
        }

        return string.IsNullOrEmpty(challengeMethod) || challengeMethod == "S256"
            ? null
            : SimSsoEndpoints.OAuthError("invalid_request", "Only S256 code challenges are supported.");
    }

    // Like EVE's own page, this one sends the browser on to the application's callback wherever the application runs:
    // the app's policy allows its forms to reach only itself and the SSO, and another instance using this simulator
    // (Simulation:ServerUrl) is another origin.
    private static void AllowFormTo(IHeaderDictionary headers, Uri callback)
    {
        var origin = callback.GetLeftPart(UriPartial.Authority);
        headers.ContentSecurityPolicy = string.Join("; ", headers.ContentSecurityPolicy.ToString().Split("; ")
            .Select(directive => directive.StartsWith("form-action ", StringComparison.Ordinal) ? $"{directive} {origin}" : directive));
    }

    private static string Separator(string url) => url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
}
