namespace Structures.Core.Discord;

// Discord rejects a message that breaks any of these (400): messages are clamped to fit instead, never rejected.
public static class DiscordLimits
{
    public const int Content = 2000, Title = 256, Description = 4096, FieldName = 256, FieldValue = 1024;
    public const int Footer = 2048, Author = 256, Fields = 25, Embeds = 10, TotalEmbedCharacters = 6000, Username = 80;

    public static DiscordMessage Clamp(DiscordMessage message)
    {
        var budget = TotalEmbedCharacters;
        var embeds = new List<DiscordEmbed>();
        foreach (var embed in message.Embeds.Take(Embeds))
        {
            var clamped = ClampEmbed(embed, ref budget);
            embeds.Add(clamped);
        }

        return message with
        {
            Content = Cut(message.Content, Content),
            Username = Cut(message.Username, Username),
            Embeds = embeds,
        };
    }

    public static int Size(DiscordEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0) + (embed.Author?.Name.Length ?? 0)
        + embed.Fields.Sum(f => f.Name.Length + f.Value.Length);

    private static DiscordEmbed ClampEmbed(DiscordEmbed embed, ref int budget)
    {
        var title = Take(Cut(embed.Title, Title), ref budget);
        var author = embed.Author is null ? null : embed.Author with { Name = Take(Cut(embed.Author.Name, Author), ref budget) ?? "" };
        var footer = embed.Footer is null ? null : embed.Footer with { Text = Take(Cut(embed.Footer.Text, Footer), ref budget) ?? "" };
        var description = Take(Cut(embed.Description, Description), ref budget);
        var fields = new List<DiscordEmbedField>();
        foreach (var field in embed.Fields.Take(Fields))
        {
            var name = Take(Cut(field.Name, FieldName), ref budget);
            var value = Take(Cut(field.Value, FieldValue), ref budget);
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(value))
            {
                break;
            }

            fields.Add(field with { Name = name, Value = value });
        }

        return embed with { Title = title, Author = author, Footer = footer, Description = description, Fields = fields };
    }

    private static string? Take(string? text, ref int budget)
    {
        if (text is null)
        {
            return null;
        }

        var cut = Cut(text, Math.Max(0, budget))!;
        budget -= cut.Length;
        return cut;
    }

    // Cut with an ellipsis, so a reader sees that something was left out.
    public static string? Cut(string? text, int max) =>
        text is null || text.Length <= max ? text : max <= 1 ? text[..max] : string.Concat(text.AsSpan(0, max - 1), "…");
}
