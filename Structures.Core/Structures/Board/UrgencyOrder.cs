
namespace Structures.Core.Structures.Board;

// The board's default order, most urgent first: structures under attack, then reinforced ones by the end of their
// timer, then by fuel left, where low power and abandoned count as no fuel at all, then those without fuel to burn.
public static class UrgencyOrder
{
    public static IEnumerable<StructureBoardRow> Sort(IEnumerable<StructureBoardRow> rows, DateTime now) =>
        rows.Select(r => (Row: r, Key: KeyOf(r, now)))
            .OrderBy(x => x.Key.Rank)
            .ThenBy(x => x.Key.Due)
            .ThenBy(x => x.Row.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Row.Id)
            .Select(x => x.Row);

    private static (int Rank, TimeSpan Due) KeyOf(StructureBoardRow row, DateTime now)
    {
        if (row.IsUnderAttack(now))
        {
            return (0, TimeSpan.Zero);
        }

        if (row.IsReinforcedAt(now))
        {
            return (1, row.ReinforcedUntil(now) is { } ends ? ends - now : TimeSpan.MaxValue);
        }

        return row.FuelLeft(now) is { } left ? (2, left) : (3, TimeSpan.Zero);
    }
}
