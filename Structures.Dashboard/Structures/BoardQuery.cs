using System.Globalization;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Dashboard.Structures;

// A board filter as a query string, so the CSV link exports exactly what the page shows. Values that do not parse
// are ignored rather than refused: a hand-edited link still exports, just less narrowly.
public static class BoardQuery
{
    public static string ToQuery(BoardFilter filter)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (filter.Kind is { } kind)
        {
            pairs.Add(new("kind", kind.ToString()));
        }

        pairs.AddRange(filter.OwnerIds.Select(o => new KeyValuePair<string, string?>("owner", o.ToString(CultureInfo.InvariantCulture))));
        pairs.AddRange(filter.Tags.Select(t => new KeyValuePair<string, string?>("tag", t)));
        pairs.AddRange(filter.States.Select(s => new KeyValuePair<string, string?>("state", s.ToString())));
        Add(pairs, "region", filter.Region);
        Add(pairs, "system", filter.System);
        Add(pairs, "q", filter.Search);
        if (filter.LowFuelOnly)
        {
            pairs.Add(new("lowFuel", "true"));
        }

        pairs.Add(new("sort", filter.Sort.ToString()));
        if (filter.Descending)
        {
            pairs.Add(new("desc", "true"));
        }

        return QueryString.Create(pairs).ToUriComponent();
    }

    public static BoardFilter FromQuery(IQueryCollection query) => new()
    {
        Kind = Enum.TryParse<StructureKind>(query["kind"], true, out var kind) && Enum.IsDefined(kind) ? kind : null,
        OwnerIds = query["owner"].Select(o => long.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).OfType<long>().ToHashSet(),
        Tags = query["tag"].OfType<string>().Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase),
        States = query["state"].Select(s => Enum.TryParse<StructureState>(s, true, out var state) && Enum.IsDefined(state) ? state : (StructureState?)null).OfType<StructureState>().ToHashSet(),
        Region = NullIfEmpty(query["region"]),
        System = NullIfEmpty(query["system"]),
        Search = query["q"].ToString(),
        LowFuelOnly = string.Equals(query["lowFuel"], "true", StringComparison.OrdinalIgnoreCase),
        Sort = Enum.TryParse<BoardSort>(query["sort"], true, out var sort) && Enum.IsDefined(sort) ? sort : BoardSort.Location,
        Descending = string.Equals(query["desc"], "true", StringComparison.OrdinalIgnoreCase),
    };

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            pairs.Add(new(key, value));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
