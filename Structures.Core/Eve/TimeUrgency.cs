namespace Structures.Core.Eve;

// How close a moment is, for its colour: one scale for timers, one for fuel (shared with the fuel alerts' default).
public enum TimeUrgency
{
    Past,
    Critical,
    Warning,
    Calm,
}

public sealed record UrgencyScale(TimeSpan Critical, TimeSpan Warning)
{
    // A timer an hour away needs a fleet now; one within a day needs a ping.
    public static readonly UrgencyScale Timers = new(TimeSpan.FromHours(1), TimeSpan.FromHours(24));

    // Fuel: under a day is an emergency; under two days is when the default fuel alert fires.
    public static readonly UrgencyScale Fuel = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48));

    public TimeUrgency Of(TimeSpan left) =>
        left <= TimeSpan.Zero ? TimeUrgency.Past
        : left < Critical ? TimeUrgency.Critical
        : left < Warning ? TimeUrgency.Warning
        : TimeUrgency.Calm;
}
