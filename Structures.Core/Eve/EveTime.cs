namespace Structures.Core.Eve;

// EVE's notification texts carry Windows FILETIME values (100 ns ticks since 1601-01-01 UTC) and tick durations.
// A text may say anything: values no DateTime or TimeSpan can hold, and negative durations, read as unknown (null).
public static class EveTime
{
    private static readonly long LastFileTime = DateTime.MaxValue.ToFileTimeUtc();

    public static DateTime? FromFileTime(long fileTime) => fileTime is > 0 && fileTime <= LastFileTime ? DateTime.FromFileTimeUtc(fileTime) : null;

    public static long ToFileTime(DateTime utc) => utc.ToFileTimeUtc();

    public static TimeSpan? FromTicks(long ticks) => ticks >= 0 ? TimeSpan.FromTicks(ticks) : null;

    // A moment plus a span, or null where the sum falls outside the calendar DateTime can hold.
    public static DateTime? Add(DateTime at, TimeSpan span) =>
        span.Ticks <= DateTime.MaxValue.Ticks - at.Ticks && span.Ticks >= -at.Ticks ? at.Add(span) : null;

    public static DateTime? AddHours(DateTime at, long hours) =>
        hours is >= 0 && hours <= TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerHour ? Add(at, TimeSpan.FromTicks(hours * TimeSpan.TicksPerHour)) : null;
}
