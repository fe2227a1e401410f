using System.Runtime.CompilerServices;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Dashboard.Structures;

// What the board's filters offer, read from the rows: worked out once for every board that shows the same rows
// (StructureBoard shares one read per change), not once per board. The results live with the rows they came from and
// hold no reference to them, so a board that keeps options equal to newer ones does not keep old rows alive.
public sealed class BoardFilterOptions
{
    private static readonly ConditionalWeakTable<IReadOnlyList<StructureBoardRow>, BoardFilterOptions> ByRows = [];
    private readonly IReadOnlyList<string> _systems;
    private readonly Dictionary<string, IReadOnlyList<string>> _systemsByRegion;

    private BoardFilterOptions(IReadOnlyList<StructureBoardRow> rows)
    {
        Owners = rows.GroupBy(r => r.OwnerId).ToDictionary(g => g.Key, g => g.First().OwnerName);
        Tags = [.. rows.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase)];
        Regions = [.. rows.Select(r => r.RegionName).Where(r => r.Length > 0).Distinct().Order(StringComparer.OrdinalIgnoreCase)];
        States = [.. rows.Select(r => r.State).Distinct()];
        _systems = Systems(rows);
        _systemsByRegion = rows.GroupBy(r => r.RegionName).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)Systems(g));
    }

    public IReadOnlyDictionary<long, string> Owners { get; }

    public IReadOnlyList<string> Tags { get; }

    public IReadOnlyList<string> Regions { get; }

    // In no order: the board orders them by their names in the viewer's language.
    public IReadOnlyList<StructureState> States { get; }

    public static BoardFilterOptions Of(IReadOnlyList<StructureBoardRow> rows) => ByRows.GetValue(rows, r => new BoardFilterOptions(r));

    // The systems of one region, or of all of them (null).
    public IReadOnlyList<string> SystemsIn(string? region) => region is null ? _systems : _systemsByRegion.GetValueOrDefault(region, []);

    // Whether a board showing these options would show the same as with the other's.
    public bool Offers(BoardFilterOptions other) =>
        ReferenceEquals(this, other)
        || (Owners.Count == other.Owners.Count && Owners.All(o => other.Owners.TryGetValue(o.Key, out var name) && name == o.Value)
            && Tags.SequenceEqual(other.Tags) && Regions.SequenceEqual(other.Regions) && States.SequenceEqual(other.States)
            && _systems.SequenceEqual(other._systems));

    private static List<string> Systems(IEnumerable<StructureBoardRow> rows) =>
        [.. rows.Select(r => r.SystemName).Distinct().Order(StringComparer.OrdinalIgnoreCase)];
}
