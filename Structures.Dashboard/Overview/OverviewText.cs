using System.Globalization;

namespace Structures.Dashboard.Overview;

// How the overview words numbers; its times are written by Moment.
public static class OverviewText
{
    public static string Percent(double? value) => value is { } percent ? $"{percent.ToString("0", CultureInfo.InvariantCulture)}%" : "?";
}
