namespace Structures.Core.Eve;

// EVE's notification texts carry Windows FILETIME values (100 ns ticks since 1601-01-01 UTC) and tick durations.
public static class EveTime
{
    public static DateTime FromFileTime(long fileTime) => DateTime.FromFileTimeUtc(fileTime);

    public static long ToFileTime(DateTime utc) => utc.ToFileTimeUtc();

    public static TimeSpan FromTicks(long ticks) => TimeSpan.FromTicks(ticks);
}
