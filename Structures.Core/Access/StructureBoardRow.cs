using Structures.Core.Structures;

namespace Structures.Core.Access;

// One line of the structure board, already reduced to what a viewer may see.
public sealed record StructureBoardRow(
    long Id,
    long OwnerId,
    string OwnerName,
    StructureKind Kind,
    long TypeId,
    string TypeName,
    string Name,
    string SystemName,
    string RegionName,
    double Security,
    StructureState State,
    DateTime? StateTimerEnd,
    DateTime? FuelExpiresAt,
    PowerMode? PowerMode,
    IReadOnlyList<string> Tags);
