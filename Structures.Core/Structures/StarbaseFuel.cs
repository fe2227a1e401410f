namespace Structures.Core.Structures;

// Starbase fuel: blocks per hour by tower size, 25 % less where the owner's alliance holds sovereignty
// (EVE static data; aa-structures §2.5). ESI gives only the fuel bay, so the expiry is projected from it.
public static class StarbaseFuel
{
    public const double SovereigntyDiscount = 0.25;

    public static readonly long[] FuelBlockTypeIds = [4051, 4246, 4247, 4312];

    public const long StrontiumTypeId = 16275;

    // Faction towers burn less (EVE static data, control tower resources): the pirate towers 10 % less (36, 18, 9),
    // their elite versions 20 % less (32, 16, 8).
    private static readonly string[] EliteFactions = ["Dark Blood", "Dread Guristas", "True Sansha", "Shadow", "Domination"];
    private static readonly string[] Factions = ["Blood", "Guristas", "Sansha", "Serpentis", "Angel"];

    // An offline tower burns nothing; a reinforced one keeps burning blocks beside its strontium.
    // The sovereignty discount: the owner's alliance holds the null-sec system the tower is in.
    public static bool HasSovereignty(long? ownerAllianceId, Eve.SpaceType? spaceType, long? sovereigntyHolder) =>
        ownerAllianceId is { } alliance && spaceType == Eve.SpaceType.NullSec && sovereigntyHolder == alliance;

    public static bool Burns(StructureState state) =>
        state is StructureState.StarbaseOnline or StructureState.StarbaseReinforced or StructureState.StarbaseUnanchoring or StructureState.StarbaseOnlining;

    public static int BlocksPerHour(string towerTypeName) =>
        SizeBlocksPerHour(towerTypeName) * (100 - FactionSaving(towerTypeName)) / 100;

    private static int FactionSaving(string towerTypeName) =>
        EliteFactions.Any(f => towerTypeName.StartsWith(f, StringComparison.Ordinal)) ? 20
        : Factions.Any(f => towerTypeName.StartsWith(f, StringComparison.Ordinal)) ? 10
        : 0;

    private static int SizeBlocksPerHour(string towerTypeName) =>
        towerTypeName.Contains("Small", StringComparison.Ordinal) ? 10
        : towerTypeName.Contains("Medium", StringComparison.Ordinal) ? 20
        : 40;

    public static double EffectiveBlocksPerHour(string towerTypeName, bool hasSovereignty) =>
        BlocksPerHour(towerTypeName) * (hasSovereignty ? 1 - SovereigntyDiscount : 1);

    // A reinforced tower burns strontium instead: 400, 200 or 100 units an hour by size (EVE static data).
    public static int StrontiumPerHour(string towerTypeName) => SizeBlocksPerHour(towerTypeName) * 10;

    public static double StrontiumHours(string towerTypeName, long strontium) => strontium / (double)StrontiumPerHour(towerTypeName);

    // How long so many blocks last; null for none, or for more than any calendar holds.
    public static TimeSpan? TimeLeft(long fuelBlocks, string towerTypeName, bool hasSovereignty)
    {
        var seconds = Math.Floor(3600.0 * fuelBlocks / EffectiveBlocksPerHour(towerTypeName, hasSovereignty));
        return fuelBlocks > 0 && seconds < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds) : null;
    }

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
