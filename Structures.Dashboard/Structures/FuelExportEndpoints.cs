using System.Text;
using Structures.Core.Structures.Fuel;
using Structures.Dashboard.Auth;

namespace Structures.Dashboard.Structures;

// GET /fuel/export.csv: the fuel picture as a file, from the same visibility query as the page.
internal static class FuelExportEndpoints
{
    public static void MapFuelExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/fuel/export.csv", async (HttpContext http, FuelPicture fuel, TimeProvider clock) =>
        {
            var report = await fuel.ForAsync(http.User.ViewerId(), http.RequestAborted);
            var fileName = $"fuel-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.csv";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FuelCsv.Write(report))).ToArray(), "text/csv; charset=utf-8", fileName);
        }).RequireAuthorization();
}
