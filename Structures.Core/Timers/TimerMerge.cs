namespace Structures.Core.Timers;

// One list from the stored timers (from notifications, or entered by hand) and the timers structures' synced states
// tell of. A state timer a stored one already tells of (the same structure and kind, ending within a few minutes of
// it) is left out: the stored one knows more, such as the notification it came from.
public static class TimerMerge
{
    // ESI's state timer and the notification's may disagree by a little; two timers of one structure and kind this
    // close are the same timer.
    public static readonly TimeSpan SameWithin = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<StructureTimer> Merge(IEnumerable<StructureTimer> stored, IEnumerable<StructureTimer> fromState)
    {
        var kept = stored.ToList();
        var known = kept.Where(t => t.StructureId is not null).ToLookup(t => (t.StructureId, t.Kind));
        var added = fromState.Where(s => !known[(s.StructureId, s.Kind)].Any(t => (t.EndsAt - s.EndsAt).Duration() <= SameWithin));
        return [.. kept.Concat(added).OrderBy(t => t.EndsAt)];
    }
}
