namespace Structures.Core.Scheduling;

// How long a loop or an owner waits after failures in a row: 1 s, 2 s, 4 s... up to a longest wait, so a database
// that is locked for a moment is tried again soon and one that stays broken is not hammered.
public static class FailureBackOff
{
    public static TimeSpan After(int failures, TimeSpan longest)
    {
        var seconds = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return seconds >= longest.TotalSeconds ? longest : TimeSpan.FromSeconds(seconds);
    }
}
