using System.Globalization;
using System.Text;

namespace Structures.Core.Structures.Fuel;

// The fuel picture as CSV (Csv): the fleet, then each owner, then each system, one line per fuel.
public static class FuelCsv
{
    private static readonly string[] Header =
    [
        "Scope", "Name", "Fuel", "Structures", "Per day", "In stock", "Need 7 days", "To haul 7 days", "Need 30 days", "To haul 30 days", "Note",
    ];

    public static string Write(FuelReport report)
    {
        var csv = new StringBuilder();
        Csv.Line(csv, Header);
        foreach (var (scope, totals) in new[] { ("Fleet", report.Fleet), ("Owner", report.ByOwner), ("System", report.BySystem) })
        {
            foreach (var total in totals)
            {
                Csv.Line(csv,
                [
                    scope, total.Group, FuelNames.Of(total.Fuel), Number(total.Structures), Number(total.PerDay), Number(total.Stock),
                    Number(total.Week?.Need), Number(total.Week?.ToHaul), Number(total.Month?.Need), Number(total.Month?.ToHaul), FuelNames.Note(total),
                ]);
            }
        }

        return csv.ToString();
    }

    private static string Number(double? value) => value is { } v ? Math.Ceiling(v).ToString("0", CultureInfo.InvariantCulture) : "";
}
