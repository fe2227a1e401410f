using System.Text.Json.Serialization;

namespace Structures.Core.Discord;

// Discord's execute-webhook body (discord-api-docs resources/webhook). Transport only: nothing here knows EVE.
public sealed record DiscordMessage
{
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("avatar_url")]
    public string? AvatarUrl { get; init; }

    [JsonPropertyName("embeds")]
    public IReadOnlyList<DiscordEmbed> Embeds { get; init; } = [];

    [JsonPropertyName("allowed_mentions")]
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;
}

public sealed record DiscordAllowedMentions(
    [property: JsonPropertyName("parse")] IReadOnlyList<string> Parse,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles)
{
    public static DiscordAllowedMentions None { get; } = new([], []);
}
