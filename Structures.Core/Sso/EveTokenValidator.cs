using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Structures.Core.Sso;

// EVE SSO is OAuth 2.0 with JWT access tokens, not OpenID Connect: identity comes from the access token itself,
// checked against the keys published in EVE's RFC 8414 metadata (https://docs.esi.evetech.net/docs/sso/).
public sealed class EveTokenValidator
{
    public const string EveAudience = "EVE Online";
    public const string HttpClientName = "eve-sso";

    private readonly IOptions<EveOptions> _options;
    private readonly TimeProvider _clock;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _metadata;

    // Options are read at first use, not here: in demo mode EVE's address is the app's own, known once it listens.
    public EveTokenValidator(IOptions<EveOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _metadata = new(() =>
        {
            var url = options.Value.MetadataUrl;
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                RequireHttps = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
            };
            return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
        });
    }

    public async Task<EveTokenValidation> ValidateAsync(string accessToken, CancellationToken cancellationToken)
    {
        var result = await ValidateOnceAsync(accessToken, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // EVE may rotate its keys: fetch the key set again once before giving up.
            _metadata.Value.RequestRefresh();
            result = await ValidateOnceAsync(accessToken, cancellationToken);
        }

        if (!result.IsValid)
        {
            return EveTokenValidation.Invalid(Describe(result.Exception));
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (!token.Audiences.Contains(_options.Value.ClientId, StringComparer.Ordinal))
        {
            return EveTokenValidation.Invalid("The token was issued to another application.");
        }

        return ReadIdentity(token);
    }

    private async Task<TokenValidationResult> ValidateOnceAsync(string accessToken, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.Value.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = IssuerForms(configuration.Issuer),
            ValidAudience = EveAudience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } exp && exp.ToUniversalTime() > _clock.GetUtcNow().UtcDateTime.AddMinutes(-1),
        };
        return await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, parameters);
    }

    // EVE's metadata names a bare host, its tokens carry it with or without scheme and trailing slash.
    internal static string[] IssuerForms(string issuer)
    {
        var bare = issuer.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase)
            .TrimEnd('/');
        return [bare, $"https://{bare}", $"https://{bare}/", issuer];
    }

    private static EveTokenValidation ReadIdentity(JsonWebToken token)
    {
        var parts = token.Subject?.Split(':') ?? [];
        if (parts.Length != 3 || parts[0] != "CHARACTER" || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var characterId))
        {
            return EveTokenValidation.Invalid("The token does not name a character.");
        }

        var name = token.Claims.FirstOrDefault(c => c.Type == "name")?.Value ?? "";
        var owner = token.Claims.FirstOrDefault(c => c.Type == "owner")?.Value ?? "";
        var scopes = token.Claims.Where(c => c.Type == "scp").Select(c => c.Value).ToList();
        return EveTokenValidation.Valid(new EveTokenIdentity(characterId, name, owner, scopes, new DateTimeOffset(token.ValidTo, TimeSpan.Zero)));
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "The token has expired.",
        SecurityTokenInvalidIssuerException => "The token was not issued by EVE SSO.",
        SecurityTokenInvalidAudienceException => "The token is not meant for EVE Online.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        InvalidOperationException => "EVE SSO's metadata could not be loaded.",
        _ => "The token is not valid.",
    };
}
