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
    public static PowerMode? Of(Structure structure, DateTime now)
    {
        if (!structure.IsUpwell)
        {
            return null;
        }

        if (structure.FuelExpiresAt is { } expires && expires > now)
        {
            return PowerMode.FullPower;
        }

        if (structure.LastOnlineAt is { } lastOnline)
        {
            return now - lastOnline <= AbandonedAfter ? PowerMode.LowPower : PowerMode.Abandoned;
        }

        return structure.State is StructureState.Anchoring or StructureState.AnchorVulnerable
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
