using System.Net;
using System.Text.RegularExpressions;

namespace Structures.Core.Webhooks;

// Checks a webhook URL before it is stored: Discord's shape (…/api/webhooks/{id}/{token}), an allowed host, and
// HTTPS (plain HTTP only on this machine, for the simulated Discord).
public static partial class WebhookUrl
{
    public static string? Problem(string? url, IReadOnlyCollection<string> allowedHosts)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Enter the webhook URL Discord shows under Server Settings → Integrations → Webhooks.";
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "This is not a web address. A Discord webhook URL starts with https://discord.com/api/webhooks/.";
        }

        if (!allowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            return $"Webhooks must point at Discord ({string.Join(", ", allowedHosts)}), not {uri.Host}.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !IsLoopback(uri))
        {
            return "Discord webhook URLs use https://.";
        }

        return WebhookPath().IsMatch(uri.AbsolutePath)
            ? null
            : "The address is not a webhook: it should end in /api/webhooks/{id}/{token}, as Discord shows it.";
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex(@"/api(/v\d+)?/webhooks/[A-Za-z0-9]+/[A-Za-z0-9_\-]+/?$")]
    private static partial Regex WebhookPath();
}
