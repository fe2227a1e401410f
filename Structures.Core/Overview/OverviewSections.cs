using Structures.Core.Owners;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;

namespace Structures.Core.Overview;

// The rules that pick each section's items from what a viewer may see; pure, so they are tested without the app.
public static class OverviewSections
{
    public static readonly TimeSpan TimerHorizon = TimeSpan.FromHours(48);

    // Under attack as the latest notifications tell it (StructureBoardRow.Overlay), the latest attack first.
    public static IReadOnlyList<StructureBoardRow> UnderAttack(IEnumerable<StructureBoardRow> rows) =>
        [.. rows.Where(r => r.Overlay?.State == OverlayState.UnderAttack).OrderByDescending(r => r.Overlay!.Attack?.At ?? r.Overlay.NotifiedAt)];

    // Reinforced by the last sync, or by a notification newer than it (which then carries the timer); the timer
    // ending first comes first.
    public static IReadOnlyList<ReinforcedStructure> Reinforced(IEnumerable<StructureBoardRow> rows) =>
        [.. rows.Select(r => r.Overlay is { State: OverlayState.Reinforced } overlay ? new ReinforcedStructure(r, overlay.TimerEndsAt ?? r.StateTimerEnd, true)
                : r.IsReinforced && r.Overlay is not { State: OverlayState.Destroyed } ? new ReinforcedStructure(r, r.StateTimerEnd, false)
                : null)
            .OfType<ReinforcedStructure>()
            .OrderBy(r => r.EndsAt ?? DateTime.MaxValue).ThenBy(r => r.Row.Name, StringComparer.OrdinalIgnoreCase)];

    public static IReadOnlyList<TimerBoardRow> TimersWithin(IEnumerable<TimerBoardRow> timers, DateTime now, TimeSpan horizon) =>
        [.. timers.Where(t => t.EndsAt > now && t.EndsAt - now <= horizon).OrderBy(t => t.EndsAt)];

    // Active owners whose structure sync, asset sync or notification fetch failed last time (a success clears the
    // error), with each failing stage.
    public static IReadOnlyList<FailingOwner> FailingOwners(IEnumerable<OwnerSummary> owners) =>
        [.. owners.Where(o => o.IsActive)
            .Select(o => new FailingOwner(o.CorporationId, o.CorporationName, [.. new[]
                {
                    ("Structures", o.Structures), ("Assets", o.Assets), ("Notifications", o.Notifications),
                }
                .Where(s => s.Item2.LastError is not null)
                .Select(s => new FailingStage(s.Item1, s.Item2.LastError!, s.Item2.LastErrorAt, s.Item2.LastSuccessAt))]))
            .Where(o => o.Stages.Count > 0)];
}
