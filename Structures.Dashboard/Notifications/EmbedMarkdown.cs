using System.Text;

namespace Structures.Dashboard.Notifications;

// The little of Discord's markdown our messages use (bold, italics, [text](url) links, backslash escapes), read into
// spans a component writes as elements: the text is never written as HTML.
public static class EmbedMarkdown
{
    public static IReadOnlyList<EmbedSpan> Read(string? text)
    {
        var spans = new List<EmbedSpan>();
        var current = new StringBuilder();
        var (bold, italic) = (false, false);
        var source = text ?? "";
        for (var i = 0; i < source.Length; i++)
        {
            var character = source[i];
            if (character == '\\' && i + 1 < source.Length)
            {
                current.Append(source[++i]);
            }
            else if (character == '*')
            {
                Flush(spans, current, bold, italic);
                var twice = i + 1 < source.Length && source[i + 1] == '*';
                (bold, italic) = twice ? (!bold, italic) : (bold, !italic);
                i += twice ? 1 : 0;
            }
            else if (character == '[' && Link(source, i) is { } link)
            {
                Flush(spans, current, bold, italic);
                spans.Add(new EmbedSpan(Unescape(link.Text), bold, italic, link.Url));
                i = link.End;
            }
            else
            {
                current.Append(character);
            }
        }

        Flush(spans, current, bold, italic);
        return spans;
    }

    private static (string Text, string Url, int End)? Link(string source, int start)
    {
        var close = start + 1;
        while (close < source.Length && source[close] != ']')
        {
            close += source[close] == '\\' ? 2 : 1;
        }

        if (close + 1 >= source.Length || source[close + 1] != '(' || source.IndexOf(')', close + 2) is var end && end < 0)
        {
            return null;
        }

        var url = source[(close + 2)..end];
        return url.StartsWith("https://", StringComparison.Ordinal) ? (source[(start + 1)..close], url, end) : null;
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            plain.Append(text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i]);
        }

        return plain.ToString();
    }

    private static void Flush(List<EmbedSpan> spans, StringBuilder current, bool bold, bool italic)
    {
        if (current.Length > 0)
        {
            spans.Add(new EmbedSpan(current.ToString(), bold, italic, null));
            current.Clear();
        }
    }
}

public sealed record EmbedSpan(string Text, bool Bold, bool Italic, string? Url);
