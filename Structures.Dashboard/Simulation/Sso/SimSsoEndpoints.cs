namespace Structures.Dashboard.Simulation.Sso;

// EVE SSO's endpoints (https://login.eveonline.com): metadata, keys, authorize, token and revoke.
internal static class SimSsoEndpoints
{
    private static readonly string[] ResponseTypes = ["code", "token"];
    private static readonly string[] ClientAuthMethods = ["client_secret_basic", "client_secret_post", "client_secret_jwt"];
    private static readonly string[] SigningAlgorithms = ["HS256"];
    private static readonly string[] ChallengeMethods = ["S256"];

    public static void MapSimulatedSso(this IEndpointRouteBuilder app)
    {
        var sso = app.MapGroup("/sim/sso").ExcludeFromDescription();
        sso.MapGet("/.well-known/oauth-authorization-server", (SimulatorAddress address) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = address.Issuer,
            ["authorization_endpoint"] = $"{address.SsoBaseUrl}/v2/oauth/authorize",
            ["token_endpoint"] = $"{address.SsoBaseUrl}/v2/oauth/token",
            ["response_types_supported"] = ResponseTypes,
            ["jwks_uri"] = $"{address.SsoBaseUrl}/oauth/jwks",
            ["revocation_endpoint"] = $"{address.SsoBaseUrl}/v2/oauth/revoke",
            ["revocation_endpoint_auth_methods_supported"] = ClientAuthMethods,
            ["token_endpoint_auth_methods_supported"] = ClientAuthMethods,
            ["token_endpoint_auth_signing_alg_values_supported"] = SigningAlgorithms,
            ["code_challenge_methods_supported"] = ChallengeMethods,
        }));
        sso.MapGet("/oauth/jwks", (SimTokenService tokens) => Results.Content(tokens.JwksJson(), "application/json"));
        sso.MapGet("/v2/oauth/authorize", SimAuthorizePage.Show);
        sso.MapPost("/v2/oauth/authorize", SimAuthorizePage.Choose).DisableAntiforgery();
        sso.MapPost("/v2/oauth/token", Token).DisableAntiforgery();
        sso.MapPost("/v2/oauth/revoke", Revoke).DisableAntiforgery();
    }

    private static async Task<IResult> Token(HttpRequest request, SimClients clients, SimTokenService tokens, Microsoft.Extensions.Options.IOptions<SimulationOptions> options)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync();
        var clientId = clients.Authenticate(request, form);
        if (clientId is null)
        {
            return OAuthError("invalid_client", "Client could not be authenticated.", StatusCodes.Status401Unauthorized);
        }

        SimGrant? grant = form["grant_type"].ToString() switch
        {
            "authorization_code" => tokens.RedeemCode(form["code"].ToString(), form["redirect_uri"].FirstOrDefault(), form["code_verifier"].FirstOrDefault()),
            "refresh_token" => tokens.RedeemRefreshToken(form["refresh_token"].ToString()),
            _ => null,
        };
        if (grant is null || grant.ClientId != clientId)
        {
            return OAuthError("invalid_grant", "Grant is invalid, expired or was issued to another client.");
        }

        return Results.Json(new Dictionary<string, object?>
        {
            ["access_token"] = tokens.IssueAccessToken(grant),
            ["expires_in"] = options.Value.AccessTokenSeconds - 1,
            ["token_type"] = "Bearer",
            ["refresh_token"] = tokens.IssueRefreshToken(grant),
        });
    }

    private static async Task<IResult> Revoke(HttpRequest request, SimClients clients, SimTokenService tokens)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync();
        if (clients.Authenticate(request, form) is null && !clients.IsKnown(form["client_id"]))
        {
            return OAuthError("invalid_client", "Client could not be authenticated.", StatusCodes.Status401Unauthorized);
        }

        tokens.RevokeRefreshToken(form["token"].ToString());
        return Results.Ok();
    }

    public static IResult OAuthError(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
