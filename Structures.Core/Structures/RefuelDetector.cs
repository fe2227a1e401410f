namespace Structures.Core.Structures;

// A refuel shows as a fuel expiry that moved later by more than the jitter of ESI's caching:
// 30 minutes for Upwell structures, 2 hours for starbases, whose expiry is projected from the fuel bay.
public static class RefuelDetector
{
    public static TimeSpan Tolerance(StructureKind kind) =>
        kind == StructureKind.Starbase ? TimeSpan.FromHours(2) : TimeSpan.FromMinutes(30);

    public static bool IsRefuel(StructureKind kind, DateTime? before, DateTime? after, bool existedBefore) => (before, after) switch
    {
        (_, null) => false,
        (null, _) => existedBefore,
        ({ } b, { } a) => a - b > Tolerance(kind),
    };
}
