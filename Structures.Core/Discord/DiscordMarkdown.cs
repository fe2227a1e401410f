using System.Text;

namespace Structures.Core.Discord;

// Text someone else chose (a name, an application text) placed into a Discord message must read as itself: each
// markdown character is escaped with a backslash, which Discord drops when it renders (":" too, so a URL in a name
// is not made a link), a mention is broken with a zero-width space, and line breaks become spaces.
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|[]()<>#:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 8);
        if (text[0] is '-' or '+')
        {
            // A list marker only where a line starts.
            escaped.Append('\\');
        }

        foreach (var character in text)
        {
            _ = character switch
            {
                '@' => escaped.Append("@\u200B"),
                '\r' or '\n' => escaped.Append(' '),
                _ when Special.Contains(character, StringComparison.Ordinal) => escaped.Append('\\').Append(character),
                _ => escaped.Append(character),
            };
        }

        return escaped.ToString();
    }
}
