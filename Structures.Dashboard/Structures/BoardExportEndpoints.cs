using System.Text;
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
            var fileName = $"structures-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.csv";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BoardCsv.Write(shown))).ToArray(), "text/csv; charset=utf-8", fileName);
        }).RequireAuthorization();
}
