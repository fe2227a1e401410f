namespace Structures.Core.Structures;

// Whether a structure's quantum core is there. Only citadels, engineering complexes and refineries take one; jump
// gates, Metenox drills, cyno beacons and jammers have none to miss (aa-structures §4).
public static class QuantumCore
{
    public const long CitadelGroup = 1657;
    public const long EngineeringComplexGroup = 1404;
    public const long RefineryGroup = 1406;

    public static CoreStatus Of(long groupId, bool? hasCore) => groupId is CitadelGroup or EngineeringComplexGroup or RefineryGroup
        ? hasCore switch
        {
            true => CoreStatus.Present,
            false => CoreStatus.Missing,
            null => CoreStatus.Unknown,
        }
        : CoreStatus.NotApplicable;
}

public enum CoreStatus
{
    NotApplicable,
    Present,
    Missing,
    Unknown,
}
