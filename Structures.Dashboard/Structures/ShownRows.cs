using System.Collections;
using Structures.Core.Structures.Board;

namespace Structures.Dashboard.Structures;

// The rows a board's table shows, as one list that can take newer rows of the same structures in the same order (a
// change that renamed one) without the table drawing again: only the lines whose row or clock view changed draw, each
// told here. After a change, every open board then sends one line instead of its tabs, table header and pager again.
// The table reads this list whenever it draws on its own (a page turned), so it never draws an older row.
public sealed class ShownRows(IReadOnlyList<StructureBoardRow> rows, DateTime now) : IReadOnlyList<StructureBoardRow>
{
    private readonly Dictionary<long, StructureRow> _lines = [];
    private IReadOnlyList<StructureBoardRow> _rows = rows;

    // The time the rows are shown at: the lines take it with them.
    public DateTime Now { get; private set; } = now;

    public int Count => _rows.Count;

    public StructureBoardRow this[int index] => _rows[index];

    public IEnumerator<StructureBoardRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Takes the newer rows and tells each drawn line its own, when they are the same structures in the same order;
    // otherwise changes nothing and says no. A line draws all it shows itself, its row's marking included.
    public bool TryTake(IReadOnlyList<StructureBoardRow> newer, DateTime now)
    {
        if (newer.Count != _rows.Count)
        {
            return false;
        }

        Dictionary<long, StructureBoardRow> changed = [];
        for (var i = 0; i < newer.Count; i++)
        {
            if (!ReferenceEquals(newer[i], _rows[i]))
            {
                if (newer[i].Id != _rows[i].Id)
                {
                    return false;
                }

                changed[newer[i].Id] = newer[i];
            }
        }

        var lines = _lines.Values.Select(line => (Line: line, Row: changed.GetValueOrDefault(line.Row.Id, line.Row))).ToList();
        (_rows, Now) = (newer, now);
        foreach (var (line, row) in lines)
        {
            line.Show(row, now);
        }

        return true;
    }

    internal void Drawn(StructureRow line, long? before)
    {
        Gone(line, before);
        _lines[line.Row.Id] = line;
    }

    internal void Gone(StructureRow line, long? id)
    {
        if (id is { } drawn && _lines.GetValueOrDefault(drawn) == line)
        {
            _lines.Remove(drawn);
        }
    }
}
