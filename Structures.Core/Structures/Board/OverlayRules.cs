namespace Structures.Core.Structures.Board;

// Which state the notifications about one structure give it over what ESI last said (architecture decision 15):
// only notifications newer than the ESI data on the row count, so a newer sync wins; a destroyed structure stays
// destroyed; of attacks and reinforcements the latest one that still holds wins (an attack for the quiet period after
// it, a reinforcement until its timer ends), carrying the latest attack report and the running timer; otherwise the
// latest power, services, fuel, anchoring or online news.
public static class OverlayRules
{
    public static StructureOverlay? Decide(IEnumerable<OverlayFact> facts, DateTime esiDataAt, DateTime now, TimeSpan attackQuietPeriod)
    {
        var newer = facts.Where(f => f.At > esiDataAt).OrderBy(f => f.At).ToList();
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
}
