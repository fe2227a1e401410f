namespace Structures.Dashboard.Simulation.Control;

// Bounds of the control surface's numbers: ten years either way, so that dates stay dates.
internal static class SimControlLimits
{
    public const long MaxSeconds = 10L * 365 * 24 * 3600;
    public const double MaxHours = 10.0 * 365 * 24;

    public static string? Hours(string name, double hours, double minimum) =>
        double.IsFinite(hours) && hours >= minimum && hours <= MaxHours
            ? null
            : $"{char.ToLowerInvariant(name[0])}{name[1..]} must be a number of hours between {minimum} and {MaxHours}.";
}
