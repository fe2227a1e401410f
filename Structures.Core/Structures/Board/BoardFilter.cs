
namespace Structures.Core.Structures.Board;

// What the board shows of the rows a viewer may see: one kind or all, narrowed by owner, tag, region, system, state,
// low fuel, the quick chips and a search, in one order. The page and the CSV export apply the same filter, so the file is the page.
public sealed record BoardFilter
{
    public StructureKind? Kind { get; init; }
    public IReadOnlySet<long> OwnerIds { get; init; } = new HashSet<long>();
    public IReadOnlySet<string> Tags { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    public string? Region { get; init; }
    public string? System { get; init; }
    public IReadOnlySet<StructureState> States { get; init; } = new HashSet<StructureState>();
    public bool LowFuelOnly { get; init; }
    public IReadOnlySet<BoardChip> Chips { get; init; } = new HashSet<BoardChip>();
    public string Search { get; init; } = "";
    public BoardSort Sort { get; init; } = BoardSort.Urgency;
    public bool Descending { get; init; }

    public IEnumerable<StructureBoardRow> Apply(IEnumerable<StructureBoardRow> rows, DateTime now) => Order(Matching(rows, now), now);

    // How many rows a tab would show (null: the "All" tab) with the other filters as they are.
    public int CountOf(IEnumerable<StructureBoardRow> rows, StructureKind? kind, DateTime now) => (this with { Kind = kind }).Matching(rows, now).Count();

    // What Apply shows and what CountOf counts for each tab, from one pass of the filters over the rows instead of one
    // per tab and one more for the page: the search alone reads six texts of every row.
    public BoardSlice Slice(IEnumerable<StructureBoardRow> rows, IReadOnlyList<StructureKind?> tabs, DateTime now)
    {
        var anyKind = (this with { Kind = null }).Matching(rows, now).ToList();
        var byKind = anyKind.CountBy(r => r.Kind).ToDictionary();
        IReadOnlyList<StructureBoardRow> shown = [.. Order(Kind is null ? anyKind : anyKind.Where(r => r.Kind == Kind), now)];
        return new BoardSlice(shown, [.. tabs.Select(t => t is { } kind ? byKind.GetValueOrDefault(kind) : anyKind.Count)]);
    }

    private IEnumerable<StructureBoardRow> Matching(IEnumerable<StructureBoardRow> rows, DateTime now)
    {
        var search = Search.Trim();
        return rows.Where(r => (Kind is null || r.Kind == Kind)
            && (OwnerIds.Count == 0 || OwnerIds.Contains(r.OwnerId))
            && (Tags.Count == 0 || r.Tags.Any(Tags.Contains))
            && (string.IsNullOrEmpty(Region) || string.Equals(r.RegionName, Region, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrEmpty(System) || string.Equals(r.SystemName, System, StringComparison.OrdinalIgnoreCase))
            && (States.Count == 0 || States.Contains(r.State))
            && (!LowFuelOnly || r.IsLowFuel(now))
            && (Chips.Count == 0 || Chips.Any(c => c.Holds(r, now)))
            && (search.Length == 0 || Matches(r, search)));
    }

    // Runs for every row on each keystroke and change: no allocation per row.
    private static bool Matches(StructureBoardRow row, string search)
    {
        if (Has(row.Name, search) || Has(row.SystemName, search) || Has(row.RegionName, search) || Has(row.OwnerName, search)
            || Has(row.TypeName, search) || Has(row.AllianceName, search))
        {
            return true;
        }

        foreach (var tag in row.Tags)
        {
            if (Has(tag, search))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(string? text, string search) => text is not null && text.Contains(search, StringComparison.OrdinalIgnoreCase);

    private IEnumerable<StructureBoardRow> Order(IEnumerable<StructureBoardRow> rows, DateTime now)
    {
        var ordered = Sort switch
        {
            BoardSort.Urgency => UrgencyOrder.Sort(rows, now),
            BoardSort.Name => rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            BoardSort.Owner => rows.OrderBy(r => r.OwnerName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            BoardSort.Type => rows.OrderBy(r => r.TypeName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            // Low power and abandoned have no fuel left, so they come first; unknown fuel is "no data", not "runs out first".
            BoardSort.Fuel => rows.OrderBy(r => r.FuelLeft(now) is null).ThenBy(r => r.FuelLeft(now)).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            BoardSort.State => rows.OrderBy(r => r.State.Label(), StringComparer.Ordinal).ThenBy(r => r.StateTimerEnd),
            _ => rows.OrderBy(r => r.RegionName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.SystemName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
        };
        return Descending ? ordered.Reverse() : ordered;
    }
}

// The rows one board shows, in order, and how many each tab would show.
public sealed record BoardSlice(IReadOnlyList<StructureBoardRow> Shown, IReadOnlyList<int> Counts);

public enum BoardSort
{
    Urgency,
    Location,
    Name,
    Owner,
    Type,
    Fuel,
    State,
}
