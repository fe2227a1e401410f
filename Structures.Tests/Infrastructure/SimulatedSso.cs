using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using Structures.Dashboard.Simulation;

namespace Structures.Tests.Infrastructure;

// Drives the simulated EVE SSO over HTTP the way a browser and a web app would.
public sealed class SimulatedSso(HttpClient http)
{
    public const string RedirectUri = "http://localhost/signin-eve";

    public static readonly string[] DirectorScopes =
    [
        "esi-corporations.read_structures.v1", "esi-universe.read_structures.v1", "esi-characters.read_notifications.v1",
        "esi-assets.read_corporation_assets.v1", "esi-planets.read_customs_offices.v1", "esi-corporations.read_starbases.v1",
        "esi-industry.read_corporation_mining.v1", "esi-characters.read_corporation_roles.v1",
    ];

    public async Task<string> AuthorizeAsync(long characterId, IEnumerable<string> scopes, string? codeChallenge = null)
    {
        var form = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = SimulationOptions.DemoClientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = string.Join(' ', scopes),
            ["state"] = "test-state",
            ["character_id"] = characterId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (codeChallenge is not null)
        {
            form["code_challenge"] = codeChallenge;
            form["code_challenge_method"] = "S256";
        }

        using var response = await http.PostAsync("/sim/sso/v2/oauth/authorize", new FormUrlEncodedContent(form));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        query["state"].ToString().Should().Be("test-state");
        return query["code"].ToString();
    }

    public Task<HttpResponseMessage> RequestTokenAsync(IDictionary<string, string> form, bool basicAuth = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sim/sso/v2/oauth/token") { Content = new FormUrlEncodedContent(form) };
        if (basicAuth)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SimulationOptions.DemoClientId}:{SimulationOptions.DemoClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        return http.SendAsync(request);
    }

    public async Task<TokenResponse> ExchangeCodeAsync(string code, string? codeVerifier = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri };
        if (codeVerifier is not null)
        {
            form["code_verifier"] = codeVerifier;
        }

        using var response = await RequestTokenAsync(form);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public async Task<TokenResponse> SignInAsync(long characterId, IEnumerable<string>? scopes = null) =>
        await ExchangeCodeAsync(await AuthorizeAsync(characterId, scopes ?? DirectorScopes));

    public static (string Verifier, string Challenge) NewPkcePair()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);
