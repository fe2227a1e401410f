namespace Structures.Tests.Dashboard.Auth;

public enum Outcome
{
    Ok,
    SignIn,
    Denied,
    NotFound,
    ToEveSso,
    ToHome,
    BadRequest,
}

public sealed record Expected(Outcome Anonymous, Outcome Member, Outcome Director, Outcome Admin, Outcome Outsider)
{
    public Outcome For(MatrixRole role) => role switch
    {
        MatrixRole.Anonymous => Anonymous,
        MatrixRole.Member => Member,
        MatrixRole.Director => Director,
        MatrixRole.Admin => Admin,
        _ => Outsider,
    };
}

public enum MatrixRole
{
    Anonymous,
    Member,
    Director,
    Admin,
    Outsider,
}

// What each page and endpoint answers to whom. A route of the app that is not listed here fails the test, so a new
// one is decided on before it ships. Outsider: a member of an owner corporation in another alliance. Director: a
// director granted "Add structure owner". Admin: named in Structures:AdminCharacterIds.
public static class AuthorizationMatrix
{
    private static readonly Expected Public = new(Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok);
    private static readonly Expected SignedIn = new(Outcome.SignIn, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok);
    private static readonly Expected AdminOnly = new(Outcome.SignIn, Outcome.Denied, Outcome.Denied, Outcome.Ok, Outcome.Denied);

    // Keys are "PAGE {route}" for Razor pages and "{method} {route}" for endpoints.
    public static readonly IReadOnlyDictionary<string, Expected> Routes = new Dictionary<string, Expected>
    {
        ["PAGE /"] = Public,
        ["PAGE /denied"] = Public,
        ["PAGE /not-found"] = Public,
        ["PAGE /error"] = Public,
        ["PAGE /structures"] = SignedIn,
        ["PAGE /structures/{StructureId:long}"] = SignedIn with { Outsider = Outcome.NotFound },
        ["PAGE /timers"] = SignedIn,
        ["PAGE /fuel"] = SignedIn,
        ["PAGE /notifications"] = SignedIn,
        ["PAGE /owners"] = SignedIn,
        ["PAGE /characters"] = SignedIn,
        ["PAGE /customs-offices"] = SignedIn,
        ["PAGE /statistics"] = SignedIn,
        ["PAGE /settings/webhooks"] = AdminOnly,
        ["PAGE /settings/webhooks/new"] = AdminOnly,
        ["PAGE /settings/webhooks/{WebhookId:int}"] = AdminOnly,
        ["PAGE /settings/webhooks/{WebhookId:int}/pings"] = AdminOnly,
        ["PAGE /settings/access"] = AdminOnly,
        ["PAGE /settings/fuel-alerts"] = AdminOnly,
        ["PAGE /settings/tags"] = AdminOnly,
        ["PAGE /settings/data"] = AdminOnly,
        ["PAGE /admin/notices"] = AdminOnly,
        ["GET /auth/login"] = new(Outcome.ToEveSso, Outcome.ToEveSso, Outcome.ToEveSso, Outcome.ToEveSso, Outcome.ToEveSso),
        ["GET /auth/link"] = new(Outcome.SignIn, Outcome.ToEveSso, Outcome.ToEveSso, Outcome.ToEveSso, Outcome.ToEveSso),
        ["GET /owners/add"] = new(Outcome.SignIn, Outcome.Denied, Outcome.ToEveSso, Outcome.ToEveSso, Outcome.Denied),
        ["GET /structures/export.csv"] = SignedIn,
        ["GET /fuel/export.csv"] = SignedIn,
        ["GET /structures/service_status/"] = Public,

        // The secret in the address is the only credential: the feed answers whoever holds it, with or without a session.
        ["GET /timers/feed/{secret}.ics"] = Public,
        ["GET /health/live"] = Public,

        // Prometheus's scrape endpoint: the app's metrics are for admins (or on a port of their own, when set).
        ["GET /metrics"] = AdminOnly,
        ["GET /health/ready"] = Public,
        // The page language: anyone may choose one, but only with the form's antiforgery token (a bare post has none).
        ["POST /language"] = new(Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest),
        ["POST /auth/logout"] = new(Outcome.ToHome, Outcome.ToHome, Outcome.ToHome, Outcome.ToHome, Outcome.ToHome),
    };

    // The simulated EVE server and the demo's Discord channel exist only in demo mode; the demo needs no protection.
    public static bool IsDemoOnly(string route) => route.StartsWith("/sim/", StringComparison.Ordinal) || route.StartsWith("/demo/", StringComparison.Ordinal);

    // Blazor's own endpoints (the circuit's hub, its scripts) and the static files' fallback (paths with a file
    // extension only, served from wwwroot), public in every Blazor app.
    public static bool IsFramework(string route) =>
        route.StartsWith("/_blazor", StringComparison.Ordinal) || route.StartsWith("/_framework/", StringComparison.Ordinal) || route == "/{**path:file}";
}
