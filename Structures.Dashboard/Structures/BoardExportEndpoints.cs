using Structures.Core.Structures.Board;
using Structures.Dashboard.Auth;

namespace Structures.Dashboard.Structures;

// GET /structures/export.csv?{board filter}: the board as a file, from the same visibility query as the page.
internal static class BoardExportEndpoints
{
    public static void MapBoardExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/structures/export.csv", async (HttpContext http, StructureBoard board, TimeProvider clock) =>
        {
            var rows = await board.VisibleToAsync(http.User.ViewerId(), http.RequestAborted);
            var shown = BoardQuery.FromQuery(http.Request.Query).Apply(rows, clock.GetUtcNow().UtcDateTime);
            return CsvDownload.File(BoardCsv.Write(shown), "structures", clock);
        }).RequireAuthorization();
}
