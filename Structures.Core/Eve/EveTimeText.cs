using System.Globalization;

namespace Structures.Core.Eve;

// How times read everywhere: EVE time (UTC) as "2019-Oct-06 14:51", durations as "3d 4h", "5h 20m" or "15m".
public static class EveTimeText
{
    public static string Duration(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalDays >= 1 ? $"{(int)abs.TotalDays}d {abs.Hours}h"
            : abs.TotalHours >= 1 ? $"{(int)abs.TotalHours}h {abs.Minutes}m"
            : $"{abs.Minutes}m";
    }

    public static string Relative(TimeSpan span) => span >= TimeSpan.Zero ? $"in {Duration(span)}" : $"{Duration(span)} ago";

    // "**2019-Oct-06 14:51** EVE (in 2d 1h)", the form Discord messages use.
    public static string Bold(DateTime at, DateTime now) =>
        $"**{at.ToString("yyyy-MMM-dd HH:mm", CultureInfo.InvariantCulture)}** EVE ({Relative(at - now)})";
}
