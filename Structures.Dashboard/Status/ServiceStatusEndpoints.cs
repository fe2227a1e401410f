using Structures.Core.Status;

namespace Structures.Dashboard.Status;

// For uptime robots: 200 "service is up" while every counted owner syncs, 500 "service is down" otherwise.
internal static class ServiceStatusEndpoints
{
    public static void MapServiceStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/structures/service_status/", async (ServiceStatus status, CancellationToken cancellationToken) =>
            await status.EvaluateAsync(cancellationToken)
                ? Results.Text("service is up")
                : Results.Text("service is down", statusCode: StatusCodes.Status500InternalServerError));
        app.MapGet("/health/live", () => Results.Text("alive"));
    }
}
