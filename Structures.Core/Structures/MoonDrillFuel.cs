namespace Structures.Core.Structures;

// A Metenox drill burns 5 fuel blocks and 200 magmatic gas an hour; it stops when either runs out (EVE static data).
public static class MoonDrillFuel
{
    public const int BlocksPerHour = 5;
    public const int MagmaticGasPerHour = 200;
    public const long MagmaticGasTypeId = 81143;

    public static DateTime? ExpiresAt(DateTime now, DateTime? blocksExpireAt, long? magmaticGas)
    {
        DateTime? gasExpiresAt = magmaticGas is { } gas ? now.AddHours(Math.Floor(gas / (double)MagmaticGasPerHour)) : null;
        return blocksExpireAt is { } blocks && gasExpiresAt is { } g && g < blocks ? g : blocksExpireAt;
    }
}
