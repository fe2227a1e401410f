using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Structures.Dashboard.Simulation.Discord;

// The part of Discord's markdown that Structures writes: **bold**, [links](url), line breaks. Text is HTML-encoded
// first, so a structure name cannot inject markup into the demo page.
internal static partial class DiscordMarkdown
{
    public static MarkupString ToHtml(string? text)
    {
        var html = WebUtility.HtmlEncode(text ?? "");
        html = Bold().Replace(html, "<strong>$1</strong>");
        html = Link().Replace(html, m => Uri.TryCreate(WebUtility.HtmlDecode(m.Groups[2].Value), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<a href=\"{m.Groups[2].Value}\" target=\"_blank\" rel=\"noopener\">{m.Groups[1].Value}</a>"
            : m.Value);
        return new MarkupString(html.Replace("\n", "<br />", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
