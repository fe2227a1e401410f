using System.Text.Json.Serialization;

namespace Structures.Core.Discord;

public sealed record DiscordEmbed
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("color")]
    public int? Color { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTime? Timestamp { get; init; }

    [JsonPropertyName("author")]
    public DiscordEmbedAuthor? Author { get; init; }

    [JsonPropertyName("thumbnail")]
    public DiscordEmbedImage? Thumbnail { get; init; }

    [JsonPropertyName("footer")]
    public DiscordEmbedFooter? Footer { get; init; }

    [JsonPropertyName("fields")]
    public IReadOnlyList<DiscordEmbedField> Fields { get; init; } = [];
}

public sealed record DiscordEmbedAuthor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("icon_url")] string? IconUrl = null);

public sealed record DiscordEmbedImage([property: JsonPropertyName("url")] string Url);

public sealed record DiscordEmbedFooter(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("icon_url")] string? IconUrl = null);

public sealed record DiscordEmbedField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("inline")] bool Inline = false);
