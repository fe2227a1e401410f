using System.Text;

namespace Structures.Dashboard.Structures;

// A CSV export as a download: UTF-8 with a byte-order mark (spreadsheets read the names right), named by the time.
internal static class CsvDownload
{
    public static IResult File(string csv, string name, TimeProvider clock) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"{name}-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.csv");
}
