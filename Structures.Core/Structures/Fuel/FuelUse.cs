namespace Structures.Core.Structures.Fuel;

// What one structure burns, fuel by fuel, at the rates EVE's static data and its fuel bay give.
public static class FuelUse
{
    // Upwell structures: the blocks in the bay over the hours ESI says they last (behaviour spec §5.2), as a day's
    // use rounded up; towers at their rate. Null where the bay or the expiry is not known.
    public static int? BlocksPerDay(Structure structure, DateTime now) =>
        structure.Starbase is { FuelBlocksPerHour: > 0 } starbase ? starbase.FuelBlocksPerHour * 24
        : UpwellBlocksPerHour(structure, now) is { } perHour ? (int)Math.Ceiling(perHour * 24)
        : null;

    public static IEnumerable<FuelDraw> Of(Structure structure, FuelPlace place, DateTime now) => structure.Kind switch
    {
        StructureKind.Upwell => [Blocks(structure, place, now)],
        StructureKind.JumpGate => [Blocks(structure, place, now), new FuelDraw(place, FuelKind.LiquidOzone, null, structure.LiquidOzone ?? 0)],
        StructureKind.MoonDrill =>
        [
            new FuelDraw(place, FuelKind.FuelBlocks, MoonDrillFuel.BlocksPerHour, structure.FuelBlocks ?? 0),
            new FuelDraw(place, FuelKind.MagmaticGas, MoonDrillFuel.MagmaticGasPerHour, structure.MagmaticGas ?? 0),
        ],
        StructureKind.Starbase when structure.Starbase is { } starbase =>
            [new FuelDraw(place, FuelKind.StarbaseFuel, StarbaseFuel.Burns(structure.State) ? StarbaseFuel.EffectiveBlocksPerHour(place.TypeName, place.HasSovereignty) : 0, starbase.FuelBlocks)],
        _ => [],
    };

    // A structure with no fuel expiry burns nothing (no online service); one whose bay is not known has no known rate.
    private static FuelDraw Blocks(Structure structure, FuelPlace place, DateTime now) =>
        new(place, FuelKind.FuelBlocks, structure.FuelExpiresAt is null ? 0 : UpwellBlocksPerHour(structure, now), structure.FuelBlocks ?? 0);

    private static double? UpwellBlocksPerHour(Structure structure, DateTime now) =>
        structure.FuelBlocks is { } blocks && blocks > 0 && structure.FuelExpiresAt is { } expires && expires > now
            ? blocks / (expires - now).TotalHours
            : null;
}

public enum FuelKind
{
    FuelBlocks,
    MagmaticGas,
    LiquidOzone,
    StarbaseFuel,
}

// Whose structure it is and where, as the sums group them.
public sealed record FuelPlace(long StructureId, string OwnerName, string SystemName, string RegionName, string TypeName, bool HasSovereignty);

// One fuel one structure burns: an hour's use (null where no rate is known) and what its bay holds.
public sealed record FuelDraw(FuelPlace Place, FuelKind Fuel, double? PerHour, long Stock);
