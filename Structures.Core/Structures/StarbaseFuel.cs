namespace Structures.Core.Structures;

// Starbase fuel: blocks per hour by tower size, 25 % less where the owner's alliance holds sovereignty
// (EVE static data; aa-structures §2.5). ESI gives only the fuel bay, so the expiry is projected from it.
public static class StarbaseFuel
{
    public const double SovereigntyDiscount = 0.25;

    public static readonly long[] FuelBlockTypeIds = [4051, 4246, 4247, 4312];

    public const long StrontiumTypeId = 16275;

    public static int BlocksPerHour(string towerTypeName) =>
        towerTypeName.Contains("Small", StringComparison.Ordinal) ? 10
        : towerTypeName.Contains("Medium", StringComparison.Ordinal) ? 20
        : 40;

    public static double EffectiveBlocksPerHour(string towerTypeName, bool hasSovereignty) =>
        BlocksPerHour(towerTypeName) * (hasSovereignty ? 1 - SovereigntyDiscount : 1);

    // A reinforced tower burns strontium instead: 400, 200 or 100 units an hour by size (EVE static data).
    public static int StrontiumPerHour(string towerTypeName) => BlocksPerHour(towerTypeName) * 10;

    public static double StrontiumHours(string towerTypeName, long strontium) => strontium / (double)StrontiumPerHour(towerTypeName);

    public static DateTime? ExpiresAt(DateTime measuredAt, long fuelBlocks, string towerTypeName, bool hasSovereignty)
    {
        if (fuelBlocks <= 0)
        {
            return null;
        }

        var seconds = Math.Floor(3600.0 * fuelBlocks / EffectiveBlocksPerHour(towerTypeName, hasSovereignty));
        return measuredAt.AddSeconds(seconds);
    }
}
