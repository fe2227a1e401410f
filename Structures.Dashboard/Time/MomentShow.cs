namespace Structures.Dashboard.Time;

// Which form of a moment a <Moment> writes; the other form is its tooltip.
public enum MomentShow
{
    // "in 23h 56m"
    Relative,

    // "2026.12.01 05:01 EVE"
    Absolute,

    // "in 23h 56m (2026.12.01 05:01 EVE)"
    Both,
}
