using System.Globalization;
using Structures.Core.Eve;

namespace Structures.Dashboard.Overview;

// How the overview words times: relative to now, with EVE time beside.
public static class OverviewText
{
    public static string Ago(DateTime at, DateTime now) => at <= now ? $"{EveTimeText.Duration(now - at)} ago" : $"in {EveTimeText.Duration(at - now)}";

    public static string Until(DateTime end, DateTime now) => end > now ? $"in {EveTimeText.Duration(end - now)}" : $"ended {EveTimeText.Duration(now - end)} ago";

    public static string EveTime(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double? value) => value is { } percent ? $"{percent.ToString("0", CultureInfo.InvariantCulture)}%" : "?";
}
