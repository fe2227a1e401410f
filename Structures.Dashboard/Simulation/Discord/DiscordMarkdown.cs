using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Structures.Dashboard.Simulation.Discord;

// The part of Discord's markdown that Structures writes: **bold**, `code`, [links](url), line breaks, timestamps (<t:unix:R>,
// which a Discord client shows in its reader's time; here as the UTC time they name), and backslash escapes
// (an escaped character shows as itself and takes no part in the markup). Text is HTML-encoded first, so a structure
// name cannot inject markup into the demo page.
internal static partial class DiscordMarkdown
{
    public static MarkupString ToHtml(string? text)
    {
        var html = Escaped().Replace(WebUtility.HtmlEncode(text ?? ""), m => m.Groups[1].Value.Length == 1 ? $"&#{(int)m.Groups[1].Value[0]};" : m.Groups[1].Value);
        html = Bold().Replace(html, "<strong>$1</strong>");
        html = Code().Replace(html, "<code>$1</code>");
        html = Timestamp().Replace(html, m => long.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and < 253_402_300_800
            ? $"<time>{DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC</time>"
            : m.Value);
        html = Link().Replace(html, m => Uri.TryCreate(WebUtility.HtmlDecode(m.Groups[2].Value), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<a href=\"{m.Groups[2].Value}\" target=\"_blank\" rel=\"noopener\">{m.Groups[1].Value}</a>"
            : m.Value);
        return new MarkupString(html.Replace("\n", "<br />", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\\(&[a-z]+;|&#[0-9]+;|[^0-9A-Za-z\s&])")]
    private static partial Regex Escaped();

    [GeneratedRegex("&lt;t:([0-9]{1,12})(?::[tTdDfFR])?&gt;")]
    private static partial Regex Timestamp();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
