using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Structures.Dashboard.Simulation.Sso;

// Issues and checks tokens the way EVE SSO does: one-use codes, RS256 JWT access tokens, rotating refresh tokens.
internal sealed class SimTokenService(SimWorld world, SimulatorAddress address, IOptions<SimulationOptions> options) : IDisposable
{
    public const string KeyId = "JWT-Signature-Key";

    // Checked tokens kept before the expired ones are let go.
    private const int CheckedTokensBound = 10_000;

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, SimAuthorizationCode> _codes = new();
    private readonly ConcurrentDictionary<string, SimGrant> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, long> _issued = new();
    private readonly ConcurrentDictionary<string, byte> _revoked = new();
    // Access tokens whose signature and audience have been checked, by their text.
    private readonly ConcurrentDictionary<string, SignedToken> _checked = new();

    private RsaSecurityKey SigningKey => new(_rsa) { KeyId = KeyId };

    // Lets tests prove that the product accepts the issuer with and without "https://".
    public bool IssueWithScheme { get; set; }

    public string JwksJson()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = KeyId });
        jwk.Alg = SecurityAlgorithms.RsaSha256;
        jwk.Use = "sig";
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            keys = new[] { new { alg = jwk.Alg, e = jwk.E, kid = jwk.Kid, kty = jwk.Kty, n = jwk.N, use = jwk.Use } },
            SkipUnresolvedJsonWebKeys = true,
        });
    }

    public string CreateCode(SimGrant grant, string redirectUri, string? codeChallenge)
    {
        var code = RandomToken(16);
        _codes[code] = new SimAuthorizationCode(grant, redirectUri, codeChallenge, world.Now.AddMinutes(5));
        return code;
    }

    // A code is good once, for five minutes, for the redirect URI and PKCE challenge it was issued with.
    public SimGrant? RedeemCode(string code, string? redirectUri, string? codeVerifier)
    {
        if (!_codes.TryRemove(code, out var issued) || issued.ExpiresAt < world.Now)
        {
            return null;
        }

        if (redirectUri is not null && redirectUri != issued.RedirectUri)
        {
            return null;
        }

        if (issued.CodeChallenge is not null && (codeVerifier is null || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier))) != issued.CodeChallenge))
        {
            return null;
        }

        return issued.Grant;
    }

    // EVE rotates refresh tokens: the one presented is spent and a new one comes back.
    public SimGrant? RedeemRefreshToken(string refreshToken) =>
        _refreshTokens.TryRemove(refreshToken, out var grant) ? grant : null;

    public string? IssueRefreshToken(SimGrant grant)
    {
        // "Authentication only" requests get no refresh token.
        if (grant.Scopes.Count == 0)
        {
            return null;
        }

        var token = RandomToken(18);
        _refreshTokens[token] = grant;
        return token;
    }

    public bool RevokeRefreshToken(string refreshToken) => _refreshTokens.TryRemove(refreshToken, out _);

    // Revoking a character (as when its user removes the app) kills its refresh tokens and the access tokens already out.
    public int RevokeCharacter(long characterId)
    {
        foreach (var jti in _issued.Where(kv => kv.Value == characterId).Select(kv => kv.Key).ToList())
        {
            _revoked[jti] = 0;
            _issued.TryRemove(jti, out _);
        }

        var spent = _refreshTokens.Where(kv => kv.Value.CharacterId == characterId).Select(kv => kv.Key).ToList();
        spent.ForEach(t => _refreshTokens.TryRemove(t, out _));
        return spent.Count;
    }

    public string IssueAccessToken(SimGrant grant)
    {
        var character = world.Character(grant.CharacterId) ?? throw new InvalidOperationException($"Unknown character {grant.CharacterId}");
        var now = world.Now;
        var jti = Guid.NewGuid().ToString();
        _issued[jti] = character.Id;
        var claims = new Dictionary<string, object>
        {
            ["jti"] = jti,
            ["sub"] = $"CHARACTER:EVE:{character.Id}",
            ["azp"] = grant.ClientId,
            ["tenant"] = "tranquility",
            ["tier"] = "live",
            ["region"] = "world",
            ["aud"] = new[] { grant.ClientId, "EVE Online" },
            ["name"] = character.Name,
            ["owner"] = character.OwnerHash,
        };

        // EVE sends one scope as a string, several as an array, none as no claim at all.
        if (grant.Scopes.Count == 1)
        {
            claims["scp"] = grant.Scopes[0];
        }
        else if (grant.Scopes.Count > 1)
        {
            claims["scp"] = grant.Scopes.ToArray();
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = IssueWithScheme ? $"https://{address.Issuer}" : address.Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(options.Value.AccessTokenSeconds),
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    // How ESI reads a bearer token: its own signature, not expired, not revoked. A token's signature is checked once:
    // ESI does that on its own machines, while the simulator shares the app's, where an RSA check for every request of
    // a sync would weigh on the app measured. Its expiry and revocation are looked at on every request.
    public async Task<(SimAccessGrant? Grant, string? Error)> ReadAccessTokenAsync(string token)
    {
        if (_checked.TryGetValue(token, out var known))
        {
            return Current(known);
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidAudience = "EVE Online",
            IssuerSigningKey = SigningKey,
            LifetimeValidator = (_, expires, _, _) => expires > world.Now,
        });
        if (!result.IsValid)
        {
            return (null, result.Exception is SecurityTokenInvalidLifetimeException ? "token is expired" : "authorization not valid");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var characterId = long.Parse(jwt.Subject.Split(':')[2], System.Globalization.CultureInfo.InvariantCulture);
        var scopes = jwt.Claims.Where(c => c.Type == "scp").Select(c => c.Value).ToList();
        var signed = new SignedToken(new SimAccessGrant(characterId, scopes, jwt.IssuedAt), jwt.Id, jwt.ValidTo);
        ForgetExpiredTokens();
        _checked[token] = signed;
        return Current(signed);
    }

    private (SimAccessGrant? Grant, string? Error) Current(SignedToken token) =>
        token.ExpiresAt <= world.Now ? (null, "token is expired")
        : _revoked.ContainsKey(token.Id) ? (null, "token is no longer valid")
        : (token.Grant, null);

    private void ForgetExpiredTokens()
    {
        if (_checked.Count < CheckedTokensBound)
        {
            return;
        }

        var now = world.Now;
        foreach (var expired in _checked.Where(kv => kv.Value.ExpiresAt <= now).Select(kv => kv.Key).ToList())
        {
            _checked.TryRemove(expired, out _);
        }
    }

    private static string RandomToken(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public void Dispose() => _rsa.Dispose();
}

internal sealed record SignedToken(SimAccessGrant Grant, string Id, DateTime ExpiresAt);
