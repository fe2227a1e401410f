namespace Structures.Core.Webhooks;

// How long dispatch waits after its own failures in a row (the database gone, a bug): doubling from the base delay,
// never more than five minutes, so a database that comes back is used again soon.
public static class DispatchBackOff
{
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    public static TimeSpan After(int failures, TimeSpan baseDelay)
    {
        var doublings = Math.Clamp(failures - 1, 0, 20);
        var ticks = baseDelay.Ticks * (1L << doublings);
        return ticks <= 0 || ticks > Longest.Ticks ? Longest : TimeSpan.FromTicks(ticks);
    }
}
