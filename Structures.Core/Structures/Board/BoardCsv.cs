using System.Globalization;
using System.Text;

namespace Structures.Core.Structures.Board;

// The board as CSV (RFC 4180), in EVE time. Cells that a spreadsheet would run as a formula are quoted with a
// leading apostrophe: structure names are chosen by players.
public static class BoardCsv
{
    private static readonly string[] Header =
    [
        "Id", "Owner", "Alliance", "Kind", "Type", "Name", "Region", "System", "Security", "State", "State ends (EVE time)",
        "Fuel expires (EVE time)", "Power mode", "Tags", "Services", "Reinforce hour", "Core",
    ];

    public static string Write(IEnumerable<StructureBoardRow> rows)
    {
        var csv = new StringBuilder();
        Csv.Line(csv, Header);
        foreach (var row in rows)
        {
            Csv.Line(csv,
            [
                row.Id.ToString(CultureInfo.InvariantCulture), row.OwnerName, row.AllianceName ?? "", row.Kind.ToString(), row.TypeName, row.Name,
                row.RegionName, row.SystemName, row.Security.ToString("0.0", CultureInfo.InvariantCulture), row.State.Label(), Time(row.StateTimerEnd),
                Time(row.FuelExpiresAt), row.PowerMode?.Label() ?? "", string.Join("; ", row.Tags),
                string.Join("; ", row.Services.Select(s => $"{s.Name} ({(s.IsOnline ? "online" : "offline")})")),
                row.ReinforceHour?.ToString(CultureInfo.InvariantCulture) ?? "", row.Core switch { CoreStatus.Present => "present", CoreStatus.Missing => "missing", CoreStatus.Unknown => "unknown", _ => "" },
            ]);
        }

        return csv.ToString();
    }

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
