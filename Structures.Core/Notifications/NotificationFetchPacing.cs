namespace Structures.Core.Notifications;

// How far apart the fetch loop starts two owners' fetches. Owners fetched together once (every owner after a start,
// a coalition added in one go) stay together: each is next due one cache period after its last fetch, so without a
// gap every period ends in one burst of ESI calls, writes and alerts. Starts spaced by the gap spread them over the
// period once, and they keep that spread. The gap is small beside the period (an owner waits at most its place in the
// queue of owners due at that moment), and never so large that the owners could not all be fetched as often as due.
public static class NotificationFetchPacing
{
    // About the time one owner's fetch with a few alerts takes from ESI's answer to its messages queued.
    public static readonly TimeSpan LongestGap = TimeSpan.FromMilliseconds(50);

    // Half the shortest owner period (NotificationFetchDue.Period) shared among the owners (twice the rate they need),
    // and at most LongestGap.
    public static TimeSpan Gap(int owners, TimeSpan shortestPeriod)
    {
        if (owners <= 1 || shortestPeriod <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var share = shortestPeriod / (2 * owners);
        return share < LongestGap ? share : LongestGap;
    }
}
