using Structures.Core.Live;

namespace Structures.Core.Structures.Board;

// A board's rows after a change, made from the rows before it and the few structures the change named, read again:
// a renamed structure on a board of 10,000 costs a read of one structure, not of all of them.
internal static class BoardSplice
{
    // The structures the changes name; null when one of them may have changed anything (an owner, a grant, a purge).
    // Notifications and timers alter no row beyond the structures the same fetch named (NotificationFetcher).
    public static HashSet<long>? Named(IReadOnlyList<DashboardEvent>? changes)
    {
        if (changes is null)
        {
            return null;
        }

        var ids = new HashSet<long>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case StructuresChanged { StructureIds: { } named }:
                    ids.UnionWith(named);
                    break;
                case StructureRefueled refueled:
                    ids.Add(refueled.StructureId);
                    break;
                case NotificationsReceived or TimersChanged or OwnerStatusChanged { StructuresUnchanged: true }:
                    break;
                default:
                    return null;
            }
        }

        return ids;
    }

    // Both lists are in name order as the database sorts (byte order, see ByName); the rows read again replace
    // every earlier row of the structures asked for, so a structure gone or no longer visible leaves.
    public static List<StructureBoardRow> Of(IReadOnlyList<StructureBoardRow> before, IReadOnlyList<StructureBoardRow> reread, IReadOnlySet<long> asked)
    {
        var rows = new List<StructureBoardRow>(before.Count + reread.Count);
        var next = 0;
        foreach (var row in before)
        {
            if (asked.Contains(row.Id))
            {
                continue;
            }

            while (next < reread.Count && ByName.Compare(reread[next].Name, row.Name) < 0)
            {
                rows.Add(reread[next++]);
            }

            rows.Add(row);
        }

        rows.AddRange(reread.Skip(next));
        return rows;
    }

    // SQLite (BINARY) and PostgreSQL (collation "C") order text by its UTF-8 bytes, which is Unicode code point
    // order; UTF-16 ordinal order differs from it only where a surrogate pair meets a character from U+E000 up.
    public static readonly Comparer<string> ByName = Comparer<string>.Create((x, y) =>
    {
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Rank(x[i]).CompareTo(Rank(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    });

    private static int Rank(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= '\uE000' ? c - 0x800 : c;
}
