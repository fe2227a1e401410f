using System.Globalization;

namespace Structures.Core.Eve;

// How times read everywhere: EVE time (UTC) as EVE writes them, "2019.10.06 14:51", durations as "3d 4h", "5h 20m" or "15m".
// The sentences around them ("in 3d 4h", "EVE") belong to the language of the message or page.
public static class EveTimeText
{
    public static string Duration(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalDays >= 1 ? $"{(int)abs.TotalDays}d {abs.Hours}h"
            : abs.TotalHours >= 1 ? $"{(int)abs.TotalHours}h {abs.Minutes}m"
            : $"{abs.Minutes}m";
    }

    // A countdown: like Duration, with seconds in the last hour ("59m 07s", "42s").
    public static string Countdown(TimeSpan span)
    {
        var abs = span.Duration();
        return abs >= TimeSpan.FromHours(1) ? Duration(abs)
            : abs.TotalMinutes >= 1 ? $"{abs.Minutes}m {abs.Seconds:00}s"
            : $"{abs.Seconds}s";
    }

    // "in 3d 4h", "59m 07s ago".
    public static string Relative(DateTime at, DateTime now) =>
        at >= now ? $"in {Countdown(at - now)}" : $"{Countdown(now - at)} ago";

    public static string Date(DateTime at) => at.ToString("yyyy.MM.dd HH:mm", CultureInfo.InvariantCulture);
}
