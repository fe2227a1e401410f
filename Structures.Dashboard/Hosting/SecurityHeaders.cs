using Microsoft.Extensions.Options;
using Structures.Core.Sso;

namespace Structures.Dashboard.Hosting;

// Headers on every response. Blazor Server needs no inline or evaluated script: its own script and MudBlazor's are
// files of this site, and the circuit is a WebSocket to this site ('self' covers ws/wss of the same host). MudBlazor
// styles elements inline, so styles need 'unsafe-inline'. Portraits and logos come from EVE's image server, and the
// sign-in form's redirect goes to EVE SSO, which form-action must allow.
public sealed class SecurityHeaders(IOptions<EveOptions> eve)
{
    private readonly Lazy<string> _policy = new(() => ContentSecurityPolicy(eve.Value));

    public static string ContentSecurityPolicy(EveOptions eve) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        $"img-src 'self' data: {Origin(eve.ImageBaseUrl)}",
        "font-src 'self' data:",
        "connect-src 'self'",
        $"form-action 'self' {Origin(eve.SsoBaseUrl)}",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'");

    public void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = _policy.Value;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    private static string Origin(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);
}
