namespace Structures.Dashboard.Hosting;

// Which requests count against which limit. The SSO callback (/signin-eve, for sign-in and for adding an owner) is
// handled by the authentication middleware rather than by endpoints, so the limit is decided by path, before any endpoint.
public static class RateLimitedPaths
{
    public const string Auth = "auth";
    public const string Status = "status";
    public const string Feed = "feed";

    public static string? PolicyFor(PathString path) =>
        path.StartsWithSegments("/auth") || path.StartsWithSegments("/owners/add")
            || (path.Value ?? "").StartsWith("/signin-eve", StringComparison.OrdinalIgnoreCase) ? Auth
        : path.StartsWithSegments("/structures/service_status") ? Status
        : path.StartsWithSegments("/timers/feed") ? Feed
        : null;
}
