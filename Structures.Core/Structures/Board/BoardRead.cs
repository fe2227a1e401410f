using Structures.Core.Access;

namespace Structures.Core.Structures.Board;

// What one read of the board found: the viewer as worked out for it, and the rows that viewer may see.
public sealed record BoardRead(Viewer Viewer, IReadOnlyList<StructureBoardRow> Rows);
