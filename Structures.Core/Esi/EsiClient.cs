using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Flurl.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Structures.Core.Sso;

namespace Structures.Core.Esi;

// The only code that knows ESI: URLs, headers, caching, paging, the error limit and the rate-limit buckets.
// Routes live in the partial files beside this one; every call returns an EsiResult, never a transport exception.
public sealed partial class EsiClient
{
    public const string HttpClientName = "esi";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptions<EveOptions> _eve;
    private readonly EsiErrorLimitGuard _errorLimit;
    private readonly EsiRateLimiter _rateLimiter;
    private readonly EsiResponseCache _cache;
    private readonly TimeProvider _clock;
    private readonly ILogger<EsiClient> _logger;
    private readonly ResiliencePipeline<IFlurlResponse> _retry;
    private readonly TimeSpan _timeout;

    public EsiClient(IHttpClientFactory httpClientFactory, IOptions<EveOptions> eve, IOptions<EsiOptions> options,
        EsiErrorLimitGuard errorLimit, EsiRateLimiter rateLimiter, EsiResponseCache cache, TimeProvider clock, ILogger<EsiClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        // Read at each call, not here: in demo mode the simulator's address is known only once the server listens.
        _eve = eve;
        _errorLimit = errorLimit;
        _rateLimiter = rateLimiter;
        _cache = cache;
        _clock = clock;
        _logger = logger;
        _timeout = options.Value.Timeout;
        _retry = new ResiliencePipelineBuilder<IFlurlResponse> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<IFlurlResponse>
            {
                MaxRetryAttempts = Math.Max(1, options.Value.RetryCount),
                Delay = options.Value.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = args => ValueTask.FromResult(options.Value.RetryCount > 0 && args.Outcome switch
                {
                    { Exception: FlurlHttpException } => true,
                    { Result.StatusCode: 502 or 503 or 504 } => true,
                    _ => false,
                }),
            })
            .Build();
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    internal async Task<EsiResult<T>> GetAsync<T>(string path, EsiAuth? auth, string? group, CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, path, auth, group, body: null, cancellationToken);
        return Read<T>(result);
    }

    // Walks every page of a paged route; one failed page fails the whole list, so callers never act on half of it.
    // All pages of one snapshot share Last-Modified: if ESI's cache turned over mid-walk, the walk starts again once.
    internal async Task<EsiResult<List<T>>> GetPagedAsync<T>(string path, EsiAuth? auth, string? group, CancellationToken cancellationToken)
    {
        var result = await WalkPagesAsync<T>(path, auth, group, cancellationToken);
        return result.Outcome == EsiOutcome.Malformed && result.Error == SnapshotChanged
            ? await WalkPagesAsync<T>(path, auth, group, cancellationToken)
            : result;
    }

    private const string SnapshotChanged = "ESI's data changed while its pages were read.";

    private async Task<EsiResult<List<T>>> WalkPagesAsync<T>(string path, EsiAuth? auth, string? group, CancellationToken cancellationToken)
    {
        var first = await SendAsync(HttpMethod.Get, $"{path}?page=1", auth, group, body: null, cancellationToken);
        var firstItems = Read<List<T>>(first);
        if (!firstItems.IsSuccess)
        {
            return firstItems;
        }

        var items = firstItems.Value ?? [];
        var outcome = firstItems.Outcome;
        for (var page = 2; page <= first.Pages; page++)
        {
            var raw = await SendAsync(HttpMethod.Get, $"{path}?page={page.ToString(CultureInfo.InvariantCulture)}", auth, group, body: null, cancellationToken);
            var next = Read<List<T>>(raw);
            if (!next.IsSuccess)
            {
                return EsiResult<List<T>>.Failure(next.Outcome, $"Page {page} of {first.Pages}: {next.Error}");
            }

            if (raw.LastModified != first.LastModified)
            {
                return EsiResult<List<T>>.Failure(EsiOutcome.Malformed, SnapshotChanged);
            }

            items.AddRange(next.Value ?? []);
            outcome = next.Outcome == EsiOutcome.Ok ? EsiOutcome.Ok : outcome;
        }

        return new EsiResult<List<T>>(items, outcome, null, first.ExpiresAt, first.LastModified);
    }

    internal async Task<EsiResult<T>> PostAsync<T>(string path, object body, EsiAuth? auth, string? group, CancellationToken cancellationToken) =>
        Read<T>(await SendAsync(HttpMethod.Post, path, auth, group, body, cancellationToken));

    private async Task<EsiRawResult> SendAsync(HttpMethod method, string path, EsiAuth? auth, string? group, object? body, CancellationToken cancellationToken)
    {
        if (_errorLimit.BlockedUntil is { } blocked)
        {
            return EsiRawResult.Failed(EsiOutcome.ErrorLimited, $"ESI's error limit is nearly used up: calls are paused until {blocked:HH:mm:ss} UTC.");
        }

        var bucket = group is null ? null : EsiRateLimiter.Bucket(group, auth?.CharacterId);
        if (bucket is not null && _rateLimiter.PausedUntil(bucket) is { } paused)
        {
            return EsiRawResult.Failed(EsiOutcome.RateLimited, $"ESI's rate limit for {group} is used up: calls wait until {paused:HH:mm:ss} UTC.");
        }

        var cacheKey = $"{path}#{auth?.CharacterId}";
        var cached = method == HttpMethod.Get ? _cache.Get(cacheKey) : null;
        if (cached is not null && cached.ExpiresAt > Now)
        {
            return new EsiRawResult(EsiOutcome.NotModified, cached.Decompress(), null, cached.ExpiresAt, cached.LastModified, cached.Pages);
        }

        IFlurlResponse response;
        try
        {
            response = await _retry.ExecuteAsync(async token =>
            {
                var request = CreateRequest(path, auth, cached?.ETag);
                return body is null
                    ? await request.SendAsync(method, null, HttpCompletionOption.ResponseContentRead, token)
                    : await request.SendAsync(method, JsonContent.Create(body, options: Json), HttpCompletionOption.ResponseContentRead, token);
            }, cancellationToken);
        }
        catch (FlurlHttpException ex) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up (the app is stopping): not an outage of ESI's.
            throw new OperationCanceledException("The ESI call was cancelled.", ex, cancellationToken);
        }
        catch (FlurlHttpException ex)
        {
            _logger.EsiUnreachable(path, ex.Message);
            return EsiRawResult.Failed(EsiOutcome.Unavailable, ex is FlurlHttpTimeoutException
                ? "ESI did not answer in time."
                : "ESI could not be reached.");
        }

        return await InterpretAsync(response, cacheKey, cached, bucket);
    }

    private IFlurlRequest CreateRequest(string path, EsiAuth? auth, string? etag)
    {
        var eve = _eve.Value;
        var request = new FlurlClient(_httpClientFactory.CreateClient(HttpClientName))
            .Request(eve.EsiBaseUrl.TrimEnd('/') + path)
            .WithTimeout(_timeout)
            .AllowAnyHttpStatus()
            .WithHeader("X-Compatibility-Date", eve.CompatibilityDate)
            .WithHeader("User-Agent", $"Structures/1.0 ({eve.Contact})")
            .WithHeader("Accept", "application/json");
        if (auth is not null)
        {
            request = request.WithOAuthBearerToken(auth.AccessToken);
        }

        return etag is null ? request : request.WithHeader("If-None-Match", etag);
    }
}
