using System.Globalization;
using System.Text.Json;
using Structures.Dashboard.Simulation.Faults;

namespace Structures.Dashboard.Simulation.Discord;

// Discord's execute-webhook route, with its limits, rate-limit headers and error bodies; the routes that edit and
// delete a webhook's message are in SimDiscordMessageRoutes.
internal static class SimDiscordEndpoints
{
    public static void MapSimulatedDiscord(this IEndpointRouteBuilder app)
    {
        var discord = app.MapGroup("/sim/discord/api").ExcludeFromDescription().DisableAntiforgery();
        foreach (var version in new[] { "", "/v10" })
        {
            discord.MapPost($"{version}/webhooks/{{webhookId}}/{{token}}", Execute);
            discord.MapGet($"{version}/webhooks/{{webhookId}}/{{token}}", LookUp);
            discord.MapPatch($"{version}/webhooks/{{webhookId}}/{{token}}/messages/{{messageId}}", SimDiscordMessageRoutes.Edit);
            discord.MapDelete($"{version}/webhooks/{{webhookId}}/{{token}}/messages/{{messageId}}", SimDiscordMessageRoutes.Delete);
        }
    }

    private static async Task<IResult> Execute(string webhookId, string token, HttpContext http, SimDiscordChannel channel,
        SimDiscordRateLimiter limiter, SimFaults faults, TimeProvider clock)
    {
        if (await AdmitAsync(webhookId, token, http, channel, limiter, faults) is { } refused)
        {
            return refused;
        }

        var (payload, unreadable) = await ReadJsonAsync(http);
        if ((unreadable ?? BreachedLimits(payload)) is { } refusal)
        {
            return refusal;
        }

        var message = channel.Add(webhookId, clock.GetUtcNow().UtcDateTime, payload);
        return http.Request.Query["wait"] == "true" ? Results.Json(MessageObject(message)) : Results.NoContent();
    }

    // Get webhook with token: the webhook object (no user, as Discord answers this route), or why there is none.
    private static IResult LookUp(string webhookId, string token, SimDiscordChannel channel) =>
        channel.IsDeleted(webhookId) ? Error(404, 10015, "Unknown Webhook")
        : !channel.TokenMatches(webhookId, token) ? Error(401, 50027, "Invalid Webhook Token")
        : Results.Json(new { type = 1, id = webhookId, name = "Simulated", channel_id = "1100000000000000001", guild_id = "1100000000000000000", token });

    // The message object Discord answers with (?wait=true, and an edit).
    public static object MessageObject(SimDiscordMessage message) => new
    {
        id = message.Id.ToString(CultureInfo.InvariantCulture),
        type = 0,
        channel_id = "1100000000000000001",
        webhook_id = message.WebhookId,
        timestamp = message.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
        edited_timestamp = message.EditedAt?.ToString("O", CultureInfo.InvariantCulture),
        content = message.Content ?? "",
        embeds = message.Embeds,
    };

    // What every webhook route checks first: injected faults, a deleted webhook, the token, and the webhook's
    // rate-limit bucket (whose headers go on every answer). Null when the request may go on.
    public static async Task<IResult?> AdmitAsync(string webhookId, string token, HttpContext http, SimDiscordChannel channel,
        SimDiscordRateLimiter limiter, SimFaults faults)
    {
        var fault = faults.Take(http.Request.Path.Value!, null);
        if (fault?.Kind == SimFaultKind.Timeout)
        {
            await SimTimeout.DropAsync(http, fault);
            return Results.Empty;
        }

        if (fault?.Kind == SimFaultKind.Slow)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), http.RequestAborted);
        }

        if (fault?.Kind == SimFaultKind.Status)
        {
            return Error(fault.Status, 0, fault.Status >= 500 ? "Internal Server Error" : "Injected failure");
        }

        if (channel.IsDeleted(webhookId))
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (!channel.TokenMatches(webhookId, token))
        {
            return Error(401, 50027, "Invalid Webhook Token");
        }

        var bucket = limiter.Take(webhookId);
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = bucket.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (bucket.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = bucket.ResetAfter.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = $"webhook-{webhookId}";
        if (!bucket.Allowed || fault?.Kind == SimFaultKind.RateLimited)
        {
            channel.CountRateLimited(webhookId);
            var retryAfter = fault?.Kind == SimFaultKind.RateLimited ? fault.RetryAfterSeconds : bucket.ResetAfter.TotalSeconds;
            headers["X-RateLimit-Scope"] = "user";
            headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
            return Results.Json(new { message = "You are being rate limited.", retry_after = Math.Round(retryAfter, 3), global = false }, statusCode: 429);
        }

        return null;
    }

    public static async Task<(JsonElement Payload, IResult? Error)> ReadJsonAsync(HttpContext http)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted), null);
        }
        catch (JsonException)
        {
            return (default, Error(400, 50109, "The request body contains invalid JSON."));
        }
    }

    // Discord's answer to a message that breaks its limits, or null when it keeps them.
    public static IResult? BreachedLimits(JsonElement payload)
    {
        var errors = SimDiscordLimits.Check(payload);
        if (errors.Count == 0)
        {
            return null;
        }

        return errors.TryGetValue("content", out var contentError) && contentError == "Cannot send an empty message"
            ? Error(400, 50006, "Cannot send an empty message")
            : Results.Json(new { code = 50035, message = "Invalid Form Body", errors }, statusCode: 400);
    }

    public static IResult Error(int status, int code, string message) =>
        Results.Json(new { code, message }, statusCode: status);
}
