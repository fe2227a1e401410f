using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Status;

namespace Structures.Dashboard.Status;

// For uptime robots: 200 "service is up" while every counted owner syncs, 500 "service is down" otherwise.
// Read-only: the scheduled status evaluation is what records states and tells admins.
internal static class ServiceStatusEndpoints
{
    public static void MapServiceStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/structures/service_status/", async (ServiceStatus status, CancellationToken cancellationToken) =>
            await status.IsServiceUpAsync(cancellationToken)
                ? Results.Text("service is up")
                : Results.Text("service is down", statusCode: StatusCodes.Status500InternalServerError));
        app.MapGet("/health/live", () => Results.Text("alive"));

        // Ready once the database answers and carries every migration: before that, pages would fail.
        app.MapGet("/health/ready", async (IDbContextFactory<StructuresDbContext> contextFactory, CancellationToken cancellationToken) =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return Results.Text("not ready: the database cannot be reached", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? Results.Text("ready")
                : Results.Text($"not ready: {pending.Count} database migration(s) still to apply", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
