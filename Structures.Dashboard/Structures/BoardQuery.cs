using System.Globalization;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Dashboard.Structures;

// The board's state as a query string (/structures?tab=Starbase&q=gamma&chips=Reinforced,LowPower&size=50), so a
// view can be refreshed and shared, and the CSV link exports exactly what the page shows. Defaults are left out.
// Values that do not parse, or are too long, are ignored rather than refused: a hand-edited link still opens.
public static class BoardQuery
{
    public const int DefaultPageSize = 25;
    public static readonly int[] PageSizes = [10, 25, 50, 100];
    private const int MaxText = 100;
    private const int MaxValues = 50;
    private static readonly string[] Keys = ["tab", "owner", "tag", "state", "region", "system", "q", "lowFuel", "chips", "sort", "desc", "size"];

    public static string ToQuery(BoardFilter filter, int pageSize = DefaultPageSize)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (filter.Kind is { } kind)
        {
            pairs.Add(new("tab", kind.ToString()));
        }

        pairs.AddRange(filter.OwnerIds.Order().Select(o => new KeyValuePair<string, string?>("owner", o.ToString(CultureInfo.InvariantCulture))));
        pairs.AddRange(filter.Tags.Order(StringComparer.OrdinalIgnoreCase).Select(t => new KeyValuePair<string, string?>("tag", t)));
        pairs.AddRange(filter.States.Order().Select(s => new KeyValuePair<string, string?>("state", s.ToString())));
        Add(pairs, "region", filter.Region);
        Add(pairs, "system", filter.System);
        Add(pairs, "q", filter.Search);
        if (filter.LowFuelOnly)
        {
            pairs.Add(new("lowFuel", "true"));
        }

        Add(pairs, "chips", string.Join(',', filter.Chips.Order()));
        if (filter.Sort != BoardSort.Urgency)
        {
            pairs.Add(new("sort", filter.Sort.ToString()));
        }

        if (filter.Descending)
        {
            pairs.Add(new("desc", "true"));
        }

        if (pageSize != DefaultPageSize)
        {
            pairs.Add(new("size", pageSize.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(pairs).ToUriComponent();
    }

    // Whether the query says anything about the board (else the board opens as it does by default).
    public static bool Describes(IQueryCollection query) => Keys.Any(query.ContainsKey);

    public static BoardFilter FromQuery(IQueryCollection query) => new()
    {
        Kind = Parse<StructureKind>(query["tab"]),
        OwnerIds = query["owner"].Take(MaxValues).Select(o => long.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).OfType<long>().ToHashSet(),
        Tags = query["tag"].Take(MaxValues).OfType<string>().Where(t => t.Length is > 0 and <= MaxText).ToHashSet(StringComparer.OrdinalIgnoreCase),
        States = query["state"].Take(MaxValues).Select(Parse<StructureState>).OfType<StructureState>().ToHashSet(),
        Region = Text(query["region"]),
        System = Text(query["system"]),
        Search = Text(query["q"]) ?? "",
        LowFuelOnly = string.Equals(query["lowFuel"], "true", StringComparison.OrdinalIgnoreCase),
        Chips = query["chips"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxValues).Select(Parse<BoardChip>).OfType<BoardChip>().ToHashSet(),
        Sort = Parse<BoardSort>(query["sort"]) ?? BoardSort.Urgency,
        Descending = string.Equals(query["desc"], "true", StringComparison.OrdinalIgnoreCase),
    };

    public static int? PageSizeFrom(IQueryCollection query) => PageSize(query["size"]);

    // Only the sizes the pager offers.
    public static int? PageSize(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size) ? size : null;

    // Names only: a number would parse as any value of the enum.
    private static T? Parse<T>(string? text) where T : struct, Enum =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-') && Enum.TryParse<T>(text, true, out var value) && Enum.IsDefined(value) ? value : null;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > MaxText ? null : value;

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            pairs.Add(new(key, value));
        }
    }
}
