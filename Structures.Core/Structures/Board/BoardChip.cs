using Structures.Core.Eve;

namespace Structures.Core.Structures.Board;

// The board's quick filters. Chips that are on add up (reinforced or under attack); the other filters and the search
// still narrow what they let through.
public enum BoardChip
{
    Reinforced,
    UnderAttack,
    FuelUnderDay,
    LowPower,
}

public static class BoardChips
{
    public static bool Holds(this BoardChip chip, StructureBoardRow row, DateTime now) => chip switch
    {
        BoardChip.Reinforced => row.IsReinforcedAt(now),
        BoardChip.UnderAttack => row.IsUnderAttack(now),
        // The fuel colour scale's red: the same line the fuel alerts and the fuel column use.
        BoardChip.FuelUnderDay => row.FuelLeft(now) is { } left && left < UrgencyScale.Fuel.Critical,
        BoardChip.LowPower => row.IsLowPowerAt(now),
        _ => false,
    };

    public static string Label(this BoardChip chip) => chip switch
    {
        BoardChip.Reinforced => "Reinforced",
        BoardChip.UnderAttack => "Under attack",
        BoardChip.FuelUnderDay => "< 24 h fuel",
        BoardChip.LowPower => "Low power",
        _ => chip.ToString(),
    };
}
