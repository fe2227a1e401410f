using System.Text.Json;

namespace Structures.Dashboard.Simulation.Discord;

// A message the simulated Discord channel accepted, as the webhook sent it or last edited it (EditedAt).
internal sealed record SimDiscordMessage(long Id, string WebhookId, DateTime ReceivedAt, JsonElement Payload, DateTime? EditedAt = null)
{
    public string? Content => Payload.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;

    public IReadOnlyList<JsonElement> Embeds => Payload.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array
        ? [.. e.EnumerateArray()]
        : [];
}
