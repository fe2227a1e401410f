using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Structures.Dashboard.Simulation.Faults;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation.Esi;

// Answers one ESI request as ESI would: faults, limits, token and role checks, cache with ETag/Expires, pages.
internal sealed class EsiResponder(
    SimWorld world,
    SimFaults faults,
    SimErrorLimiter errorLimiter,
    SimRateLimiter rateLimiter,
    SimEsiCache cache,
    SimTokenService tokens,
    IOptions<SimulationOptions> options)
{
    private const string ErrorLimitedMessage = "This software has exceeded the error limit for ESI. If you are a developer, please contact the maintainer of this software.";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public Task RespondAsync<T>(HttpContext http, EsiRoute route, Func<T?> produce) where T : class =>
        RespondCoreAsync(http, route, () => produce() is { } value ? (Serialize(value), 1) : null);

    public Task RespondPagedAsync<T>(HttpContext http, EsiRoute route, Func<IReadOnlyList<T>> produce) =>
        RespondCoreAsync(http, route, () =>
        {
            var items = produce();
            return (Serialize(items), items.Count);
        });

    private async Task RespondCoreAsync(HttpContext http, EsiRoute route, Func<(byte[] Body, int Count)?> produce)
    {
        var request = http.Request;
        var path = request.Path.Value!;
        var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        var fault = faults.Take(path, page);
        if (fault?.Kind == SimFaultKind.Timeout)
        {
            await SimTimeout.DropAsync(http, fault);
            return;
        }

        if (fault?.Kind == SimFaultKind.Slow)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), http.RequestAborted);
        }

        http.Response.Headers["X-Compatibility-Date"] = request.Headers["X-Compatibility-Date"].FirstOrDefault() ?? "2020-01-01";
        var grant = route.Scope is null ? null : await Authorize(request);
        var bucket = route.Group is null ? null : $"{route.Group}:{grant?.Grant?.CharacterId.ToString(CultureInfo.InvariantCulture) ?? http.Connection.RemoteIpAddress?.ToString()}";
        if (bucket is null)
        {
            // ESI's error-limit headers already count the error they come with.
            http.Response.OnStarting(() =>
            {
                var code = http.Response.StatusCode;
                if (code >= 400 && code != 420)
                {
                    errorLimiter.CountError();
                }

                var (remain, reset) = errorLimiter.State();
                http.Response.Headers["X-ESI-Error-Limit-Remain"] = remain.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers["X-ESI-Error-Limit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
        }

        var status = await AnswerAsync(http, route, produce, fault, grant, bucket, page);
        if (bucket is not null)
        {
            rateLimiter.Spend(bucket, status);
        }
    }

    private async Task<int> AnswerAsync(HttpContext http, EsiRoute route, Func<(byte[] Body, int Count)?> produce,
        SimFault? fault, (SimAccessGrant? Grant, string? Error)? auth, string? bucket, int? page)
    {
        var response = http.Response;
        if (fault?.Kind == SimFaultKind.ErrorLimited)
        {
            errorLimiter.Exhaust();
            return await Error(response, 420, ErrorLimitedMessage);
        }

        if (bucket is not null)
        {
            var limit = rateLimiter.LimitOf(route);
            var (used, remaining, retryAfter) = rateLimiter.State(bucket, limit);
            response.Headers["X-Ratelimit-Group"] = route.Group;
            response.Headers["X-Ratelimit-Limit"] = SimRateLimiter.Describe(limit, rateLimiter.Window);
            response.Headers["X-Ratelimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Ratelimit-Used"] = used.ToString(CultureInfo.InvariantCulture);
            if (remaining <= 0 || fault?.Kind == SimFaultKind.RateLimited)
            {
                response.Headers.RetryAfter = (fault?.Kind == SimFaultKind.RateLimited ? fault.RetryAfterSeconds : retryAfter).ToString(CultureInfo.InvariantCulture);
                return await Error(response, 429, "Too many requests");
            }
        }
        else
        {
            if (errorLimiter.State().Remain <= 0)
            {
                return await Error(response, 420, ErrorLimitedMessage);
            }
        }

        if (fault?.Kind == SimFaultKind.Status)
        {
            return await Error(response, fault.Status, fault.Status switch
            {
                502 => "Bad gateway",
                503 => "The datasource tranquility is temporarily unavailable",
                504 => "Timeout contacting tranquility",
                _ => "Internal server error",
            });
        }

        if (route.Scope is not null && Forbidden(route, auth) is { } denial)
        {
            return await Error(response, denial.Status, denial.Message, denial.SsoStatus);
        }

        return await Serve(http, route, produce, fault, auth?.Grant, page);
    }

    private async Task<int> Serve(HttpContext http, EsiRoute route, Func<(byte[] Body, int Count)?> produce, SimFault? fault, SimAccessGrant? grant, int? page)
    {
        var request = http.Request;
        var response = http.Response;
        var now = world.Now;
        var key = $"{request.Path}?{string.Join('&', request.Query.Where(q => q.Key != "page").Select(q => $"{q.Key}={q.Value}"))}#{grant?.CharacterId}";
        if (cache.GetOrCreate(key, route.Name, now, produce, CacheUntil(route)) is not { } entry)
        {
            return await Error(response, 404, "Not found");
        }

        var body = entry.Body;
        var etag = entry.ETag;
        if (route.Paged)
        {
            var pageSize = options.Value.PageSize;
            var pages = Math.Max(1, (int)Math.Ceiling(entry.ItemCount / (double)pageSize));
            if ((page ?? 1) > pages || page < 1)
            {
                return await Error(response, 404, "Undefined 404 response. Original message: Requested page does not exist!");
            }

            response.Headers["X-Pages"] = pages.ToString(CultureInfo.InvariantCulture);
            // One page is the whole answer: it needs no cutting.
            body = pages == 1 ? body : Slice(body, (page ?? 1) - 1, pageSize);
            // Each page has a tag of its own, the same for as long as the whole answer is the same.
            etag = $"\"{entry.ETag.Trim('"')}-{(page ?? 1).ToString(CultureInfo.InvariantCulture)}\"";
        }

        var maxAge = Math.Max(0, (int)(entry.ExpiresAt - now).TotalSeconds);
        response.Headers.ETag = etag;
        // ESI dates its answers by its own clock, which here is the simulated one.
        response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.Expires = entry.ExpiresAt.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.LastModified = entry.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = $"public, max-age={maxAge.ToString(CultureInfo.InvariantCulture)}";
        // A malformed answer is a broken 200 whatever the client holds.
        if (fault?.Kind != SimFaultKind.MalformedJson && request.Headers.IfNoneMatch.ToString() == etag)
        {
            response.StatusCode = 304;
            return 304;
        }

        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        if (fault?.Kind == SimFaultKind.MalformedJson)
        {
            body = body[..Math.Max(1, body.Length / 2)];
        }

        await response.Body.WriteAsync(body, http.RequestAborted);
        return 200;
    }

    private Func<DateTime, DateTime> CacheUntil(EsiRoute route) => now =>
    {
        if (options.Value.CacheSeconds.TryGetValue(route.Name, out var overridden))
        {
            return now.AddSeconds(overridden);
        }

        if (route.CacheSeconds is { } seconds)
        {
            return now.AddSeconds(seconds * options.Value.CacheScale);
        }

        var next = now.Date.AddHours(11).AddMinutes(5);
        return next > now ? next : next.AddDays(1);
    };

    private static byte[] Slice(byte[] arrayJson, int pageIndex, int pageSize)
    {
        using var document = JsonDocument.Parse(arrayJson);
        var items = document.RootElement.EnumerateArray().Skip(pageIndex * pageSize).Take(pageSize).Select(e => e.GetRawText());
        return Encoding.UTF8.GetBytes($"[{string.Join(',', items)}]");
    }

    private async Task<(SimAccessGrant? Grant, string? Error)?> Authorize(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        return await tokens.ReadAccessTokenAsync(header["Bearer ".Length..].Trim());
    }

    private (int Status, string Message, int? SsoStatus)? Forbidden(EsiRoute route, (SimAccessGrant? Grant, string? Error)? auth)
    {
        if (auth is not { } a || (a.Grant is null && a.Error is null))
        {
            return (401, "authorization not provided", null);
        }

        if (a.Grant is not { } grant)
        {
            return (403, a.Error!, 401);
        }

        if (!grant.Scopes.Contains(route.Scope))
        {
            return (403, "token not valid for scope", null);
        }

        var character = world.Character(grant.CharacterId);
        if (route.CharacterId is { } characterId && characterId != grant.CharacterId)
        {
            return (403, "token not valid for character", null);
        }

        if (route.CorporationId is { } corporationId && character?.CorporationId != corporationId)
        {
            return (403, "Character is not in the corporation", null);
        }

        if (route.CharacterMayRead is { } mayRead && !mayRead(grant.CharacterId))
        {
            return (403, "Forbidden", null);
        }

        return route.Role is { } role && character is not null && !character.Roles.Contains(role) && !character.IsDirector
            ? (403, "Character does not have required role(s)", null)
            : null;
    }

    private static async Task<int> Error(HttpResponse response, int status, string message, int? ssoStatus = null)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonSerializer.Serialize(new EsiError(message, ssoStatus), Json));
        return status;
    }

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);
}
