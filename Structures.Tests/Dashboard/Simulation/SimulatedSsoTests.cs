using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulatedSsoTests : AppTest
{
    [Fact]
    public async Task Metadata_NamesEveShapedEndpoints()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync("/sim/sso/.well-known/oauth-authorization-server"));

        var root = document.RootElement;
        root.GetProperty("issuer").GetString().Should().NotStartWith("http");
        root.GetProperty("authorization_endpoint").GetString().Should().EndWith("/v2/oauth/authorize");
        root.GetProperty("token_endpoint").GetString().Should().EndWith("/v2/oauth/token");
        root.GetProperty("revocation_endpoint").GetString().Should().EndWith("/v2/oauth/revoke");
        root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()).Should().Equal("S256");
        var jwks = await Http.GetFromJsonAsync<JsonElement>(root.GetProperty("jwks_uri").GetString());
        jwks.GetProperty("keys")[0].GetProperty("kid").GetString().Should().Be("JWT-Signature-Key");
    }

    [Fact]
    public async Task CodeFlow_IssuesJwtWithEveClaims()
    {
        var tokens = await Sso.SignInAsync(90000001, ["esi-characters.read_notifications.v1", "esi-corporations.read_structures.v1"]);

        tokens.TokenType.Should().Be("Bearer");
        tokens.ExpiresIn.Should().Be(1199);
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        var jwt = new JsonWebToken(tokens.AccessToken);
        jwt.Alg.Should().Be("RS256");
        jwt.Kid.Should().Be("JWT-Signature-Key");
        jwt.Subject.Should().Be("CHARACTER:EVE:90000001");
        jwt.GetClaim("name").Value.Should().Be("Bruce Wayne");
        jwt.GetClaim("owner").Value.Should().NotBeNullOrEmpty();
        jwt.Audiences.Should().BeEquivalentTo("structures-demo", "EVE Online");
        jwt.Claims.Where(c => c.Type == "scp").Select(c => c.Value).Should().BeEquivalentTo("esi-characters.read_notifications.v1", "esi-corporations.read_structures.v1");
        (jwt.ValidTo - jwt.IssuedAt).Should().Be(TimeSpan.FromSeconds(1200));
    }

    [Fact]
    public async Task OneScope_IsAStringClaim_AndNoScope_GivesNoRefreshToken()
    {
        var one = await Sso.SignInAsync(90000002, ["esi-characters.read_notifications.v1"]);
        var none = await Sso.SignInAsync(90000002, []);

        using var payload = JsonDocument.Parse(Base64UrlDecode(one.AccessToken.Split('.')[1]));
        payload.RootElement.GetProperty("scp").ValueKind.Should().Be(JsonValueKind.String);
        none.RefreshToken.Should().BeNull();
        using var nonePayload = JsonDocument.Parse(Base64UrlDecode(none.AccessToken.Split('.')[1]));
        nonePayload.RootElement.TryGetProperty("scp", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Code_IsGoodOnce()
    {
        var code = await Sso.AuthorizeAsync(90000001, SimulatedSso.DirectorScopes);
        await Sso.ExchangeCodeAsync(code);

        using var second = await Sso.RequestTokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code });

        second.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Pkce_WithoutSecret_NeedsTheRightVerifier()
    {
        var (verifier, challenge) = SimulatedSso.NewPkcePair();
        var wrongCode = await Sso.AuthorizeAsync(90000001, SimulatedSso.DirectorScopes, challenge);
        var rightCode = await Sso.AuthorizeAsync(90000001, SimulatedSso.DirectorScopes, challenge);

        using var wrong = await Sso.RequestTokenAsync(PkceForm(wrongCode, SimulatedSso.NewPkcePair().Verifier), basicAuth: false);
        using var right = await Sso.RequestTokenAsync(PkceForm(rightCode, verifier), basicAuth: false);

        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        right.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_RotatesTheRefreshToken_AndSpendsTheOldOne()
    {
        var first = await Sso.SignInAsync(90000001);

        using var refreshed = await Refresh(first.RefreshToken!);
        var second = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!;
        using var reused = await Refresh(first.RefreshToken!);

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        second.RefreshToken.Should().NotBe(first.RefreshToken);
        new JsonWebToken(second.AccessToken).Subject.Should().Be("CHARACTER:EVE:90000001");
        reused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Revoke_KillsTheRefreshToken()
    {
        var tokens = await Sso.SignInAsync(90000004);

        using var revoke = await Http.PostAsync("/sim/sso/v2/oauth/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token_type_hint"] = "refresh_token",
            ["token"] = tokens.RefreshToken!,
            ["client_id"] = "structures-demo",
            ["client_secret"] = "structures-demo-secret",
        }));
        using var refresh = await Refresh(tokens.RefreshToken!);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK);
        refresh.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Token_RejectsJsonBodiesAndBadClients()
    {
        using var json = await Http.PostAsJsonAsync("/sim/sso/v2/oauth/token", new { grant_type = "refresh_token", refresh_token = "x" });
        using var badClient = await Http.PostAsync("/sim/sso/v2/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "x",
            ["client_id"] = "structures-demo",
            ["client_secret"] = "wrong",
        }));

        json.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badClient.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Authorize_WithoutState_IsRejectedLikeEve()
    {
        using var response = await Http.GetAsync("/sim/sso/v2/oauth/authorize?response_type=code&client_id=structures-demo&redirect_uri=http%3A%2F%2Flocalhost%2Fcb");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString().Should().Be("The state parameter is required.");
    }

    [Theory]
    [InlineData("http%3A%2F%2Flocalhost%2Fsignin-eve-director")]
    [InlineData("http%3A%2F%2Flocalhost%2Fcallback")]
    public async Task Authorize_WithAnotherCallbackThanTheRegisteredOne_IsRejectedLikeEve(string redirectUri)
    {
        using var response = await Http.GetAsync($"/sim/sso/v2/oauth/authorize?response_type=code&client_id=structures-demo&state=s&redirect_uri={redirectUri}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString()
            .Should().Be("redirect_uri does not match the callback URL registered for this application.");
    }

    private Task<HttpResponseMessage> Refresh(string refreshToken) =>
        Sso.RequestTokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    private static Dictionary<string, string> PkceForm(string code, string verifier) => new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["client_id"] = "structures-demo",
        ["code_verifier"] = verifier,
        ["redirect_uri"] = SimulatedSso.RedirectUri,
    };

    private static byte[] Base64UrlDecode(string value) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(value);
}
