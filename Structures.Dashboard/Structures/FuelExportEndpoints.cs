using Structures.Core.Structures.Fuel;
using Structures.Dashboard.Auth;

namespace Structures.Dashboard.Structures;

// GET /fuel/export.csv: the fuel picture as a file, from the same visibility query as the page.
internal static class FuelExportEndpoints
{
    public static void MapFuelExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/fuel/export.csv", async (HttpContext http, FuelPicture fuel, TimeProvider clock) =>
            CsvDownload.File(FuelCsv.Write(await fuel.ForAsync(http.User.ViewerId(), http.RequestAborted)), "fuel", clock))
        .RequireAuthorization();
}
