namespace Structures.Core.Overview;

// How soon fuel runs out: within a day, within two (the default fuel alert warns 48 hours ahead), within a week
// (the board's low-fuel filter), or later.
public enum FuelUrgency
{
    Critical,
    Urgent,
    Soon,
    Fine,
}

public static class FuelUrgencies
{
    public static FuelUrgency Of(TimeSpan left) =>
        left < TimeSpan.FromDays(1) ? FuelUrgency.Critical
        : left < TimeSpan.FromDays(2) ? FuelUrgency.Urgent
        : left < TimeSpan.FromDays(7) ? FuelUrgency.Soon
        : FuelUrgency.Fine;

    public static string Label(this FuelUrgency urgency) => urgency switch
    {
        FuelUrgency.Critical => "Under 1 day",
        FuelUrgency.Urgent => "Under 2 days",
        FuelUrgency.Soon => "Under 7 days",
        _ => "7 days or more",
    };
}
