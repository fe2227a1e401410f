namespace Structures.Core.Structures.Board;

// Which state the notifications about one structure give it over what ESI last said (architecture decision 15):
// only notifications from the ESI data's second on count, so a newer sync wins (EVE stamps both to the second: one in
// the same second does not say which came first, and the live source is kept until ESI is newer); a destroyed structure stays
// destroyed; of attacks and reinforcements the latest one that still holds wins (an attack for the quiet period after
// it, a reinforcement until its timer ends), carrying the latest attack report and the running timer; otherwise the
// latest power, services, fuel, anchoring or online news.
public static class OverlayRules
{
    public static StructureOverlay? Decide(IEnumerable<OverlayFact> facts, DateTime esiDataAt, DateTime now, TimeSpan attackQuietPeriod)
    {
        var since = Since(esiDataAt);
        var newer = facts.Where(f => f.At >= since).OrderBy(f => f.At).ToList();
        if (newer.Count == 0)
        {
            return null;
        }

        if (newer.LastOrDefault(f => f.State == OverlayState.Destroyed) is { } destroyed)
        {
            return new StructureOverlay(OverlayState.Destroyed, destroyed.At, destroyed.Type, null, null);
        }

        var attack = newer.LastOrDefault(f => f.Attack is not null)?.Attack;
        var reinforcement = newer.LastOrDefault(f => f.State == OverlayState.Reinforced && RunsAt(f, now));
        var combat = newer.LastOrDefault(f => f.State switch
        {
            OverlayState.UnderAttack => now - f.At < attackQuietPeriod,
            OverlayState.Reinforced => RunsAt(f, now),
            _ => false,
        });
        if (combat is not null)
        {
            var until = combat.State == OverlayState.UnderAttack ? combat.At + attackQuietPeriod : combat.TimerEndsAt;
            return new StructureOverlay(combat.State, combat.At, combat.Type, reinforcement?.TimerEndsAt, attack, until);
        }

        var status = newer.LastOrDefault(f => f.State is not (OverlayState.UnderAttack or OverlayState.Reinforced) && RunsAt(f, now));
        return status is null ? null : new StructureOverlay(status.State, status.At, status.Type, status.TimerEndsAt, null,
            status.State is OverlayState.Anchoring or OverlayState.Unanchoring ? status.TimerEndsAt : null);
    }

    // A timer that has ended no longer holds; a state without a timer holds until a newer sync.
    private static bool RunsAt(OverlayFact fact, DateTime now) => fact.TimerEndsAt is not { } end || end > now;

    // The first moment a notification about a structure counts for: the start of the second its ESI data is from.
    public static DateTime Since(DateTime esiDataAt) => new(esiDataAt.Ticks - (esiDataAt.Ticks % TimeSpan.TicksPerSecond), esiDataAt.Kind);
}
