using System.Text;
using Structures.Core.Timers;

namespace Structures.Dashboard.Timers;

// GET /timers/feed/{secret}.ics: a user's calendar, for calendar apps that fetch without a session. The secret is the
// only credential; an unknown or revoked one answers 404. Rate limited per client address (RateLimitedPaths).
internal static class TimerFeedEndpoints
{
    public static void MapTimerFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/timers/feed/{secret}.ics", async (string secret, TimerFeeds feeds, HttpContext http) =>
            await feeds.CalendarAsync(secret, http.RequestAborted) is { } calendar
                ? Results.Text(calendar, "text/calendar; charset=utf-8", Encoding.UTF8)
                : Results.NotFound())
            .AllowAnonymous();
}
