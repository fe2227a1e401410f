using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Core.Overview;

// How long each visible structure that burns fuel has left, soonest first. Structures that burn none (customs
// offices, skyhooks) or whose fuel is unknown are left out; one already in low power has none left.
public sealed record FuelRunway(IReadOnlyList<FuelRunwayEntry> Entries)
{
    // The chart shows the structures that run out first, and days beyond a month as a month: past that the bars
    // would dwarf the ones that matter.
    public const int ChartSize = 30;
    public const int ListSize = 10;
    public static readonly TimeSpan ChartCeiling = TimeSpan.FromDays(30);

    public static FuelRunway Of(IEnumerable<StructureBoardRow> rows, DateTime now) =>
        new([.. rows.Select(row => LeftOf(row, now) is { } left ? new FuelRunwayEntry(row, left, FuelUrgencies.Of(left)) : null)
            .OfType<FuelRunwayEntry>()
            .OrderBy(e => e.Left).ThenBy(e => e.Row.Name, StringComparer.OrdinalIgnoreCase)]);

    public IReadOnlyList<FuelRunwayEntry> Soonest => [.. Entries.Take(ListSize)];

    public IReadOnlyList<FuelRunwayEntry> Charted => [.. Entries.Take(ChartSize)];

    // One series per urgency, holding each charted structure's days in its own bucket and zero in the others,
    // so that a stacked bar chart colours every bar by its urgency.
    public IReadOnlyList<(FuelUrgency Urgency, double[] Days)> Series()
    {
        var charted = Charted;
        return [.. Enum.GetValues<FuelUrgency>().Select(urgency => (urgency, charted
            .Select(e => e.Urgency == urgency ? Math.Round(Math.Min(e.Left.TotalDays, ChartCeiling.TotalDays), 1) : 0)
            .ToArray()))];
    }

    private static TimeSpan? LeftOf(StructureBoardRow row, DateTime now) => row switch
    {
        { FuelExpiresAt: { } expires } when expires > now => expires - now,
        { PowerMode: PowerMode.LowPower or PowerMode.Abandoned or PowerMode.AbandonedMaybe } => TimeSpan.Zero,
        { FuelExpiresAt: not null } => TimeSpan.Zero,
        _ => null,
    };
}

public sealed record FuelRunwayEntry(StructureBoardRow Row, TimeSpan Left, FuelUrgency Urgency);
