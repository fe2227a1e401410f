using System.Globalization;
using System.Text.RegularExpressions;

namespace Structures.Core.Timers;

// Reads when a timer ends as players copy it from EVE: an EVE time ("2026.12.01 05:01:00", "2026-12-01 05:01",
// "2026-Dec-01 05:01") or the time left ("in 1d 2h 3m", "2h 30m 10s"), counted from now. Null when it is neither.
public static partial class TimerEndText
{
    private static readonly string[] Formats =
    [
        "yyyy.MM.dd HH:mm:ss", "yyyy.MM.dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm",
        "yyyy-MMM-dd HH:mm", "yyyy-MMM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm",
    ];

    public static DateTime? Parse(string? text, DateTime now)
    {
        var trimmed = (text ?? "").Trim().TrimEnd('Z', 'z').Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return DateTime.SpecifyKind(at, DateTimeKind.Utc);
        }

        return Left(trimmed) is { } left ? now + left : null;
    }

    private static TimeSpan? Left(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || match.Groups.Cast<Group>().Skip(1).All(g => !g.Success))
        {
            return null;
        }

        var days = Number(match.Groups["d"]);
        var hours = Number(match.Groups["h"]);
        var minutes = Number(match.Groups["m"]);
        var seconds = Number(match.Groups["s"]);
        return days > 400 || hours > 10_000 || minutes > 1_000_000 || seconds > 100_000_000
            ? null
            : TimeSpan.FromDays(days) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);
    }

    private static int Number(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : group.Success ? int.MaxValue : 0;

    [GeneratedRegex(@"^(?:in\s+)?(?:(?<d>\d{1,9})\s*d)?\s*(?:(?<h>\d{1,9})\s*h)?\s*(?:(?<m>\d{1,9})\s*m)?\s*(?:(?<s>\d{1,9})\s*s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DurationPattern();
}
