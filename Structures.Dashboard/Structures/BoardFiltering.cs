using System.Runtime.CompilerServices;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Dashboard.Structures;

// Boards that show the same rows (StructureBoard shares one read per change) through the same filter filter them once:
// after a change, 50 boards open on 10,000 structures make one pass over the rows instead of 50. What depends on the
// clock (low fuel, urgency order) is worked out once per minute, as the board's own tick renders it. The results live
// with the rows they came from and go when those do.
public static class BoardFiltering
{
    private static readonly ConditionalWeakTable<IReadOnlyList<StructureBoardRow>, Slices> ByRows = [];

    public static BoardSlice Of(IReadOnlyList<StructureBoardRow> rows, BoardFilter filter, IReadOnlyList<StructureKind?> tabs, DateTime now)
    {
        var minute = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), now.Kind);
        var key = $"{BoardQuery.ToQuery(filter)}|{string.Join(',', tabs)}";
        return ByRows.GetValue(rows, _ => new Slices()).Get(minute, key, () => filter.Slice(rows, tabs, minute));
    }

    // The current minute's results only: a board open for hours on unchanged rows keeps one set, not one per minute.
    private sealed class Slices
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, Lazy<BoardSlice>> _byFilter = [];
        private DateTime _minute;

        public BoardSlice Get(DateTime minute, string key, Func<BoardSlice> filter)
        {
            Lazy<BoardSlice> slice;
            lock (_gate)
            {
                if (minute != _minute)
                {
                    _byFilter.Clear();
                    _minute = minute;
                }

                if (!_byFilter.TryGetValue(key, out slice!))
                {
                    slice = new Lazy<BoardSlice>(filter);
                    _byFilter[key] = slice;
                }
            }

            // Outside the lock: boards with other filters need not wait; boards with this one wait for the one pass.
            return slice.Value;
        }
    }
}
