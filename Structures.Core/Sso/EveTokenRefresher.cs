using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Owners;

namespace Structures.Core.Sso;

// Keeps sync characters' access tokens fresh. EVE rotates refresh tokens, so the new one from every answer is stored
// at once, encrypted; one refresh per character at a time, so a token is never spent twice: in this process by a
// lock per character, across instances on PostgreSQL by an advisory lock (Cluster/ClusterLock). The access token
// is stored too, so the other instances use it rather than refresh again.
public sealed partial class EveTokenRefresher(
    IHttpClientFactory httpClientFactory,
    IOptions<EveOptions> options,
    EveTokenValidator validator,
    IDataProtectionProvider dataProtection,
    IDbContextFactory<StructuresDbContext> contextFactory,
    WrongClientNotice wrongClient,
    TimeProvider clock)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Structures.RefreshTokens.v1");
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _locks = new();

    public string Protect(string refreshToken) => _protector.Protect(refreshToken);

    public async Task<AccessTokenResult> GetAccessTokenAsync(OwnerCharacter character, IReadOnlyCollection<string> requiredScopes, CancellationToken cancellationToken)
    {
        if (Cached(character.Id) is { } fresh)
        {
            return AccessTokenResult.Ok(fresh);
        }

        var gate = _locks.GetOrAdd(character.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Cached(character.Id) is { } refreshedMeanwhile)
            {
                return AccessTokenResult.Ok(refreshedMeanwhile);
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var single = await Cluster.ClusterLock.TakeAsync(db, Cluster.ClusterLock.KeyOf("EveT", character.Id), cancellationToken);
            return await RefreshAsync(db, character, requiredScopes, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    // Called holding both locks: what is stored now is what the last refresh, on any instance, left.
    private async Task<AccessTokenResult> RefreshAsync(StructuresDbContext db, OwnerCharacter character, IReadOnlyCollection<string> requiredScopes, CancellationToken cancellationToken)
    {
        var stored = await db.OwnerCharacters.Where(c => c.Id == character.Id)
            .Select(c => new { c.ProtectedRefreshToken, c.ProtectedAccessToken, c.AccessTokenExpiresAt }).SingleOrDefaultAsync(cancellationToken);
        if (!_forgotten.ContainsKey(character.Id) && StoredAccessToken(stored?.ProtectedAccessToken, stored?.AccessTokenExpiresAt) is { } storedToken)
        {
            _accessTokens[character.Id] = storedToken;
            return AccessTokenResult.Ok(storedToken.Token);
        }

        string refreshToken;
        try
        {
            refreshToken = _protector.Unprotect(_unsaved.TryGetValue(character.Id, out var unsaved) ? unsaved : stored?.ProtectedRefreshToken ?? character.ProtectedRefreshToken);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return AccessTokenResult.Dead("The stored token cannot be decrypted (the encryption keys changed): add the character again.");
        }

        // EVE may spend the old refresh token as it answers: spend it only while the new one can be stored at once, so
        // a locked database makes the refresh wait instead of leaving the rotated token in memory alone.
        if (!await CanStoreAsync(db, character.Id, cancellationToken))
        {
            return AccessTokenResult.Transient("The database cannot store a new token right now (locked or unavailable): the refresh waits.");
        }

        TokenAnswer? answer;
        try
        {
            using var response = await SendRefreshAsync(refreshToken, cancellationToken);
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                return await RefusedAsync(response, cancellationToken);
            }

            if (!response.IsSuccessStatusCode)
            {
                return AccessTokenResult.Transient($"EVE SSO is not answering (HTTP {(int)response.StatusCode}).");
            }

            answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return AccessTokenResult.Transient("EVE SSO could not be reached.");
        }

        if (answer?.AccessToken is null)
        {
            return AccessTokenResult.Transient("EVE SSO sent an answer without a token.");
        }

        if (answer.RefreshToken is { Length: > 0 } rotated)
        {
            await StoreRefreshTokenAsync(db, character.Id, rotated, cancellationToken);
        }

        _forgotten.TryRemove(character.Id, out _);
        return await AcceptAsync(db, character, answer, requiredScopes, cancellationToken);
    }

    private async Task<AccessTokenResult> RefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        switch (SsoRefusals.Classify(await response.Content.ReadAsStringAsync(cancellationToken)))
        {
            case SsoRefusal.DeadToken:
                return AccessTokenResult.Dead("EVE SSO refused the character's token (it was revoked or expired): add the character again.");
            case SsoRefusal.WrongClient:
                await wrongClient.RaiseAsync(cancellationToken);
                return AccessTokenResult.Transient($"EVE SSO refused the app's credentials (HTTP {status}, invalid_client): check Eve:ClientId and Eve:ClientSecret.");
            default:
                return AccessTokenResult.Transient($"EVE SSO refused the refresh for now (HTTP {status}).");
        }
    }

    private async Task<AccessTokenResult> AcceptAsync(
        StructuresDbContext db, OwnerCharacter character, TokenAnswer answer, IReadOnlyCollection<string> requiredScopes, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(answer.AccessToken!, cancellationToken);
        if (validation.Identity is not { } identity)
        {
            return AccessTokenResult.Transient($"EVE SSO's token did not validate: {validation.Error}");
        }

        if (identity.CharacterId != character.CharacterId)
        {
            return AccessTokenResult.Dead("The token belongs to another character: add the character again.");
        }

        if (!string.IsNullOrEmpty(character.OwnerHash) && identity.OwnerHash != character.OwnerHash)
        {
            return AccessTokenResult.Dead("The character was transferred to another account: its new owner must add it again.");
        }

        var missing = requiredScopes.Except(identity.Scopes).ToList();
        if (missing.Count > 0)
        {
            return AccessTokenResult.Dead($"The token lacks the scope(s) {string.Join(", ", missing)}: add the character again.");
        }

        var expiresAt = clock.GetUtcNow().AddSeconds(Math.Max(0, answer.ExpiresIn));
        _accessTokens[character.Id] = (answer.AccessToken!, expiresAt);
        await StoreAccessTokenAsync(db, character.Id, answer.AccessToken!, expiresAt.UtcDateTime, cancellationToken);
        return AccessTokenResult.Ok(answer.AccessToken!);
    }

    private async Task<HttpResponseMessage> SendRefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var eve = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, eve.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(eve.ClientId ?? "")}:{Uri.EscapeDataString(eve.ClientSecret ?? "")}")));
        return await httpClientFactory.CreateClient(EveTokenValidator.HttpClientName).SendAsync(request, cancellationToken);
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken);
}
