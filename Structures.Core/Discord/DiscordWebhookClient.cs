using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Structures.Core.Discord;

// Posts to a Discord webhook and reads the answer, rate-limit headers included. Never throws for Discord's sake.
public sealed class DiscordWebhookClient(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "discord";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    // Posts with ?wait=true, so Discord answers with the message and its ID.
    // The body a post of the message carries.
    internal static string Body(DiscordMessage message) => JsonSerializer.Serialize(message, Json);

    public Task<DiscordSendResult> SendAsync(string webhookUrl, DiscordMessage message, CancellationToken cancellationToken)
    {
        var url = webhookUrl.Contains('?', StringComparison.Ordinal) ? $"{webhookUrl}&wait=true" : $"{webhookUrl}?wait=true";
        return CallAsync(HttpMethod.Post, url, DiscordLimits.Clamp(message), cancellationToken);
    }

    // Discord's edit-webhook-message route, PATCH /webhooks/{id}/{token}/messages/{message_id}: the message keeps its
    // place in the channel and shows "(edited)". Its author cannot change, so the name and avatar are not sent.
    public Task<DiscordSendResult> EditAsync(string webhookUrl, string messageId, DiscordMessage message, CancellationToken cancellationToken)
    {
        var query = webhookUrl.IndexOf('?', StringComparison.Ordinal);
        var url = query < 0 ? $"{webhookUrl}/messages/{messageId}" : $"{webhookUrl[..query]}/messages/{messageId}{webhookUrl[query..]}";
        return CallAsync(HttpMethod.Patch, url, DiscordLimits.Clamp(message) with { Username = null, AvatarUrl = null }, cancellationToken);
    }

    // Discord's get-webhook-with-token route, GET /webhooks/{id}/{token}: Sent when the webhook exists (no message is
    // posted), UnknownWebhook when it was deleted.
    public Task<DiscordSendResult> LookUpAsync(string webhookUrl, CancellationToken cancellationToken)
    {
        var query = webhookUrl.IndexOf('?', StringComparison.Ordinal);
        return CallAsync(HttpMethod.Get, query < 0 ? webhookUrl : webhookUrl[..query], null, cancellationToken);
    }

    private async Task<DiscordSendResult> CallAsync(HttpMethod method, string url, DiscordMessage? message, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = message is null ? null : JsonContent.Create(message, options: Json) };
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return await ReadAsync(response, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new DiscordSendResult(DiscordOutcome.Transient, $"Discord could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DiscordSendResult(DiscordOutcome.Transient, "Discord did not answer in time.");
        }
    }

    private static async Task<DiscordSendResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var remaining = Number(response, "X-RateLimit-Remaining");
        var resetAfter = Number(response, "X-RateLimit-Reset-After") is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new DiscordSendResult(DiscordOutcome.Sent, null, null, (int?)remaining, resetAfter, await MessageIdAsync(response, cancellationToken));
        }

        var (code, text, retryAfter) = await ErrorAsync(response, cancellationToken);
        return status switch
        {
            429 => new DiscordSendResult(DiscordOutcome.RateLimited, "Discord asked to slow down.",
                TimeSpan.FromSeconds(retryAfter ?? Number(response, "Retry-After") ?? 1), 0, resetAfter),
            404 when code == 10015 => new DiscordSendResult(DiscordOutcome.UnknownWebhook, "Discord: Unknown Webhook (it was deleted)."),
            404 when code == 10008 => new DiscordSendResult(DiscordOutcome.UnknownMessage, "Discord: Unknown Message (it was deleted)."),
            >= 500 => new DiscordSendResult(DiscordOutcome.Transient, $"Discord answered HTTP {status}: {text}"),
            _ => new DiscordSendResult(DiscordOutcome.Rejected, $"Discord refused the message (HTTP {status}, code {code}): {text}"),
        };
    }

    private static async Task<string?> MessageIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<(int? Code, string Text, double? RetryAfter)> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var number) ? number : (int?)null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (root.TryGetProperty("errors", out var errors))
            {
                message = $"{message} {errors.GetRawText()}";
            }

            var retry = root.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var after) ? after : (double?)null;
            return (code, message, retry);
        }
        catch (JsonException)
        {
            return (null, body.Length > 200 ? body[..200] : body, null);
        }
    }

    private static double? Number(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
