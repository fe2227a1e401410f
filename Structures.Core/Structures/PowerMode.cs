namespace Structures.Core.Structures;

public enum PowerMode
{
    FullPower,
    LowPower,
    Abandoned,
    AbandonedMaybe,
}

public static class PowerModes
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(7);

    // Upwell only. A structure without fuel goes to low power; after 7 days without any online service it is
    // abandoned (https://support.eveonline.com/hc/en-us/articles/115004455309 and aa-structures §1.3).
    public static PowerMode? Of(Structure structure, DateTime now) =>
        structure.IsUpwell ? Of(structure.FuelExpiresAt, structure.LastOnlineAt, structure.State, now) : null;

    // An Upwell structure's mode from what decides it: the board works it out again for rows it did not read again.
    public static PowerMode Of(DateTime? fuelExpiresAt, DateTime? lastOnlineAt, StructureState state, DateTime now)
    {
        if (fuelExpiresAt is { } expires && expires > now)
        {
            return PowerMode.FullPower;
        }

        if (lastOnlineAt is { } lastOnline)
        {
            return now - lastOnline <= AbandonedAfter ? PowerMode.LowPower : PowerMode.Abandoned;
        }

        return state is StructureState.Anchoring or StructureState.AnchorVulnerable
            ? PowerMode.LowPower
            : PowerMode.AbandonedMaybe;
    }

    public static string Label(this PowerMode mode) => mode switch
    {
        PowerMode.FullPower => "Full Power",
        PowerMode.LowPower => "Low Power",
        PowerMode.Abandoned => "Abandoned",
        _ => "Abandoned?",
    };
}
