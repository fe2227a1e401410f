
namespace Structures.Core.Structures.Board;

// One line of the structure board, already reduced to what a viewer may see.
public sealed record StructureBoardRow(
    long Id,
    long OwnerId,
    string OwnerName,
    string? AllianceName,
    StructureKind Kind,
    long TypeId,
    string TypeName,
    string Name,
    long SolarSystemId,
    string SystemName,
    string RegionName,
    double Security,
    StructureState State,
    DateTime? StateTimerEnd,
    DateTime? FuelExpiresAt,
    PowerMode? PowerMode,
    IReadOnlyList<string> Tags,
    IReadOnlyList<BoardService> Services,
    int? ReinforceHour,
    CoreStatus Core,
    bool? HasFitting,
    long? LiquidOzone,
    StructureOverlay? Overlay = null)
{
    public bool IsReinforced => State.IsReinforced();

    // Low fuel: runs out within a week, or already low power.
    public bool IsLowFuel(DateTime now) =>
        PowerMode is Structures.PowerMode.LowPower || (FuelExpiresAt is { } expires && expires - now < TimeSpan.FromDays(7));
}

public sealed record BoardService(string Name, bool IsOnline);
