namespace Structures.Core.Statistics;

// How long the fuel of a structure lasts, in the buckets the statistics count. The edges follow the fuel alerts'
// colours: a day (critical), two days (the default alert), a week, a month.
public enum FuelBucket
{
    Empty,
    UnderOneDay,
    UnderTwoDays,
    UnderOneWeek,
    UnderOneMonth,
    MonthOrMore,
}

public static class FuelBuckets
{
    public static FuelBucket Of(TimeSpan left) => left switch
    {
        { Ticks: <= 0 } => FuelBucket.Empty,
        _ when left < TimeSpan.FromDays(1) => FuelBucket.UnderOneDay,
        _ when left < TimeSpan.FromDays(2) => FuelBucket.UnderTwoDays,
        _ when left < TimeSpan.FromDays(7) => FuelBucket.UnderOneWeek,
        _ when left < TimeSpan.FromDays(30) => FuelBucket.UnderOneMonth,
        _ => FuelBucket.MonthOrMore,
    };
}
