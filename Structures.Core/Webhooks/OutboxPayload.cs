using System.Text.Json;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// A queued message as the outbox stores it: Discord's body, already clamped to Discord's limits, as JSON. Written
// once when queued; a drain reads it once and posts what it read.
public static class OutboxPayload
{
    public static string Write(DiscordMessage message) => JsonSerializer.Serialize(DiscordLimits.Clamp(message));

    public static DiscordMessage Read(QueuedMessage message) =>
        JsonSerializer.Deserialize<DiscordMessage>(message.Payload) ?? throw new InvalidOperationException($"Queued message {message.Id} has no payload.");
}
