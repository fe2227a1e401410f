using System.Globalization;
using System.Text.Json;
using Flurl.Http;

namespace Structures.Core.Esi;

public sealed partial class EsiClient
{
    private async Task<EsiRawResult> InterpretAsync(IFlurlResponse response, string cacheKey, EsiCachedResponse? cached, string? bucket)
    {
        var headers = response.ResponseMessage.Headers;
        _errorLimit.Observe(IntHeader(response, "X-ESI-Error-Limit-Remain"), IntHeader(response, "X-ESI-Error-Limit-Reset"));
        if (bucket is not null)
        {
            response.Headers.TryGetFirst("X-Ratelimit-Limit", out var limit);
            _rateLimiter.Observe(bucket, limit, IntHeader(response, "X-Ratelimit-Remaining"));
        }

        var expires = ExpiresAt(response);
        var lastModified = response.ResponseMessage.Content.Headers.LastModified?.UtcDateTime;
        var pages = IntHeader(response, "X-Pages") ?? 1;
        switch (response.StatusCode)
        {
            case >= 200 and < 300:
                var body = await EsiBody.ReadAsync(response.ResponseMessage.Content, CancellationToken.None);
                var etag = headers.ETag?.Tag;
                // Cached once Read has parsed it, so a body is parsed once and a broken answer is never cached. The same
                // ETag as the cached copy means the same bytes: that copy is kept rather than compressed again.
                Action? remember = expires > Now
                    ? () => _cache.Set(cacheKey, cached is not null && etag is not null && cached.ETag == etag
                        ? cached with { ExpiresAt = expires, LastModified = lastModified, Pages = pages }
                        : new EsiCachedResponse(body.Span, etag, expires, lastModified, pages))
                    : null;
                return new EsiRawResult(EsiOutcome.Ok, body, null, expires, lastModified, pages, remember);
            case 304 when cached is not null:
                var refreshed = cached with { ExpiresAt = expires };
                _cache.Set(cacheKey, refreshed);
                return new EsiRawResult(EsiOutcome.NotModified, cached.Decompress(), null, expires, cached.LastModified, cached.Pages);
            case 420:
                _errorLimit.Block(IntHeader(response, "X-ESI-Error-Limit-Reset") ?? 60);
                return EsiRawResult.Failed(EsiOutcome.ErrorLimited, "ESI's error limit was reached: calls are paused until it resets.");
            case 429:
                var retryAfter = headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(IntHeader(response, "Retry-After") ?? 60);
                if (bucket is not null)
                {
                    _rateLimiter.Pause(bucket, retryAfter);
                }

                return EsiRawResult.Failed(EsiOutcome.RateLimited, $"ESI asked to slow down: calls wait {retryAfter.TotalSeconds:0} s.");
            case 401:
                return EsiRawResult.Failed(EsiOutcome.Unauthorized, $"ESI did not accept the character's token: {await ErrorText(response)}.");
            case 403:
                return EsiRawResult.Failed(EsiOutcome.Forbidden, await ForbiddenText(response));
            case 404:
                return EsiRawResult.Failed(EsiOutcome.NotFound, $"ESI does not know this item: {await ErrorText(response)}.");
            case >= 500:
                return EsiRawResult.Failed(EsiOutcome.Unavailable, $"ESI is not answering (HTTP {response.StatusCode}): EVE may be in its daily downtime.");
            default:
                return EsiRawResult.Failed(EsiOutcome.Unavailable, $"ESI answered HTTP {response.StatusCode}: {await ErrorText(response)}.");
        }
    }

    // Reads the body once and gives its buffer back; a fresh answer is cached only once it has been read whole.
    private static EsiResult<T> Read<T>(EsiRawResult raw)
    {
        if (raw.Body is not { } body)
        {
            return EsiResult<T>.Failure(raw.Outcome, raw.Error ?? "ESI gave no answer.");
        }

        using (body)
        {
            T? value;
            try
            {
                value = JsonSerializer.Deserialize<T>(body.Span, Json);
            }
            catch (JsonException)
            {
                return EsiResult<T>.Failure(EsiOutcome.Malformed, "ESI sent an answer that could not be read (malformed JSON).");
            }

            if (value is null)
            {
                return EsiResult<T>.Failure(EsiOutcome.Malformed, "ESI sent an empty answer.");
            }

            raw.Remember?.Invoke();
            return new EsiResult<T>(value, raw.Outcome, null, raw.ExpiresAt, raw.LastModified);
        }
    }

    private static async Task<string> ForbiddenText(IFlurlResponse response)
    {
        var error = await ErrorText(response);
        return error.Contains("required role", StringComparison.OrdinalIgnoreCase)
            ? "The character does not have the corporation role ESI requires (Director or Station Manager)."
            : error.Contains("scope", StringComparison.OrdinalIgnoreCase)
                ? "The character's token lacks a required scope: add the character again."
                : $"ESI refused access: {error}.";
    }

    private static async Task<string> ErrorText(IFlurlResponse response)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.GetStringAsync());
            return document.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "no details" : "no details";
        }
        catch (JsonException)
        {
            return "no details";
        }
    }

    // Fresh until Expires when ESI sends it, else Date + max-age, else not at all.
    private DateTime ExpiresAt(IFlurlResponse response)
    {
        if (response.ResponseMessage.Content.Headers.Expires is { } expires)
        {
            return expires.UtcDateTime;
        }

        return response.ResponseMessage.Headers.CacheControl?.MaxAge is { } maxAge
            ? (response.ResponseMessage.Headers.Date?.UtcDateTime ?? Now) + maxAge
            : Now;
    }

    private static int? IntHeader(IFlurlResponse response, string name) =>
        response.Headers.TryGetFirst(name, out var value) && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    // Remember: puts a fresh answer in the cache; called once its body has been read.
    private sealed record EsiRawResult(EsiOutcome Outcome, EsiBody? Body, string? Error, DateTime? ExpiresAt, DateTime? LastModified, int Pages = 1, Action? Remember = null)
    {
        public static EsiRawResult Failed(EsiOutcome outcome, string error) => new(outcome, null, error, null, null);
    }
}
