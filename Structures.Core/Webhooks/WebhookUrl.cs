using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Structures.Core.Localization;

namespace Structures.Core.Webhooks;

// Checks a webhook URL before it is stored: Discord's shape (…/api/webhooks/{id}/{token}), an allowed host, and
// HTTPS (plain HTTP only on this machine, for the simulated Discord).
public static partial class WebhookUrl
{
    private static IStringLocalizer<WebhookAdminWords> Words => StaticWords<WebhookAdminWords>.Words;

    public static string? Problem(string? url, IReadOnlyCollection<string> allowedHosts)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return WebhookAdminWords.UrlRequired;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Words["UrlNotAnAddress"];
        }

        if (!allowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            return Words["UrlHostNotAllowed", string.Join(", ", allowedHosts), uri.Host];
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !IsLoopback(uri))
        {
            return Words["UrlNeedsHttps"];
        }

        return WebhookPath().IsMatch(uri.AbsolutePath)
            ? null
            : Words["UrlNotAWebhook"].Value;
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex(@"/api(/v\d+)?/webhooks/[A-Za-z0-9]+/[A-Za-z0-9_\-]+/?$")]
    private static partial Regex WebhookPath();
}
