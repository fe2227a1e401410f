using System.Text.Json;

namespace Structures.Dashboard.Simulation.Discord;

// Discord's execute-webhook limits (discord-api-docs resources/webhook, resources/message): any breach is a 400.
internal static class SimDiscordLimits
{
    public static Dictionary<string, string> Check(JsonElement payload)
    {
        var errors = new Dictionary<string, string>();
        var content = Text(payload, "content");
        var embeds = payload.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
        if (content.Length == 0 && embeds.Count == 0)
        {
            errors["content"] = "Cannot send an empty message";
            return errors;
        }

        Max(errors, "content", content, 2000);
        var username = Text(payload, "username");
        Max(errors, "username", username, 80);
        if (username.Contains("clyde", StringComparison.OrdinalIgnoreCase) || username.Contains("discord", StringComparison.OrdinalIgnoreCase))
        {
            errors["username"] = "Username cannot contain \"clyde\" or \"discord\"";
        }

        if (embeds.Count > 10)
        {
            errors["embeds"] = "Must be 10 or fewer in length.";
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            total += CheckEmbed(errors, $"embeds.{i}", embeds[i]);
        }

        if (total > 6000)
        {
            errors["embeds"] = "Embed size exceeds maximum size of 6000";
        }

        return errors;
    }

    private static int CheckEmbed(Dictionary<string, string> errors, string path, JsonElement embed)
    {
        var title = Text(embed, "title");
        var description = Text(embed, "description");
        var footer = embed.TryGetProperty("footer", out var f) ? Text(f, "text") : "";
        var author = embed.TryGetProperty("author", out var a) ? Text(a, "name") : "";
        Max(errors, $"{path}.title", title, 256);
        Max(errors, $"{path}.description", description, 4096);
        Max(errors, $"{path}.footer.text", footer, 2048);
        Max(errors, $"{path}.author.name", author, 256);
        var size = title.Length + description.Length + footer.Length + author.Length;
        var fields = embed.TryGetProperty("fields", out var fs) && fs.ValueKind == JsonValueKind.Array ? fs.EnumerateArray().ToList() : [];
        if (fields.Count > 25)
        {
            errors[$"{path}.fields"] = "Must be 25 or fewer in length.";
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var name = Text(fields[i], "name");
            var value = Text(fields[i], "value");
            Max(errors, $"{path}.fields.{i}.name", name, 256);
            Max(errors, $"{path}.fields.{i}.value", value, 1024);
            size += name.Length + value.Length;
        }

        return size;
    }

    private static void Max(Dictionary<string, string> errors, string path, string value, int max)
    {
        if (value.Trim().Length > max)
        {
            errors[path] = $"Must be {max} or fewer in length.";
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
