using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Structures.Dashboard.Simulation.Faults;

namespace Structures.Dashboard.Simulation.Discord;

// Discord's routes for a message a webhook posted: edit (PATCH, only the fields sent change, and the result must keep
// Discord's limits) and delete. A message the webhook did not post, or that was deleted, is 404 Unknown Message.
internal static class SimDiscordMessageRoutes
{
    // The author of a webhook message cannot change by editing it.
    private static readonly string[] Editable = ["content", "embeds", "allowed_mentions", "components", "attachments"];

    public static async Task<IResult> Edit(string webhookId, string token, string messageId, HttpContext http, SimDiscordChannel channel,
        SimDiscordRateLimiter limiter, SimFaults faults, TimeProvider clock)
    {
        if (await SimDiscordEndpoints.AdmitAsync(webhookId, token, http, channel, limiter, faults) is { } refused)
        {
            return refused;
        }

        var (patch, unreadable) = await SimDiscordEndpoints.ReadJsonAsync(http);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (Find(channel, webhookId, messageId) is not { } message)
        {
            return UnknownMessage();
        }

        var merged = JsonNode.Parse(message.Payload.GetRawText())!.AsObject();
        foreach (var field in patch.ValueKind == JsonValueKind.Object ? patch.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            if (Editable.Contains(field.Name))
            {
                merged[field.Name] = JsonNode.Parse(field.Value.GetRawText());
            }
        }

        var payload = JsonSerializer.SerializeToElement(merged);
        if (SimDiscordEndpoints.BreachedLimits(payload) is { } breach)
        {
            return breach;
        }

        var edited = channel.Edit(message.Id, clock.GetUtcNow().UtcDateTime, payload);
        return edited is null ? UnknownMessage() : Results.Json(SimDiscordEndpoints.MessageObject(edited));
    }

    public static async Task<IResult> Delete(string webhookId, string token, string messageId, HttpContext http, SimDiscordChannel channel,
        SimDiscordRateLimiter limiter, SimFaults faults)
    {
        if (await SimDiscordEndpoints.AdmitAsync(webhookId, token, http, channel, limiter, faults) is { } refused)
        {
            return refused;
        }

        return Find(channel, webhookId, messageId) is { } message && channel.Remove(message.Id) ? Results.NoContent() : UnknownMessage();
    }

    private static SimDiscordMessage? Find(SimDiscordChannel channel, string webhookId, string messageId) =>
        long.TryParse(messageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? channel.Messages(webhookId).FirstOrDefault(m => m.Id == id)
            : null;

    private static IResult UnknownMessage() => SimDiscordEndpoints.Error(404, 10008, "Unknown Message");
}
