namespace Structures.Core.Statistics;

// How long the fuel of a structure lasts, in the buckets the statistics count. The edges follow the fuel alerts'
// colours: a day (critical), two days (the default alert), a week, a month.
public enum FuelRunway
{
    Empty,
    UnderOneDay,
    UnderTwoDays,
    UnderOneWeek,
    UnderOneMonth,
    MonthOrMore,
}

public static class FuelRunways
{
    public static FuelRunway Of(TimeSpan left) => left switch
    {
        { Ticks: <= 0 } => FuelRunway.Empty,
        _ when left < TimeSpan.FromDays(1) => FuelRunway.UnderOneDay,
        _ when left < TimeSpan.FromDays(2) => FuelRunway.UnderTwoDays,
        _ when left < TimeSpan.FromDays(7) => FuelRunway.UnderOneWeek,
        _ when left < TimeSpan.FromDays(30) => FuelRunway.UnderOneMonth,
        _ => FuelRunway.MonthOrMore,
    };
}
