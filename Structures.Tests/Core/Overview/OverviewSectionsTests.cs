using Structures.Core.Overview;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;
using static Structures.Tests.Core.Overview.OverviewRows;

namespace Structures.Tests.Core.Overview;

public sealed class OverviewSectionsTests
{
    [Fact]
    public void UnderAttack_TakesOnlyRowsTheOverlaySaysAreUnderAttack_LatestAttackFirst()
    {
        var rows = new[]
        {
            UnderAttack(1, "Alpha", Now.AddMinutes(-10), 50, 100, 100),
            Row(2, "Bravo"),
            UnderAttack(3, "Charlie", Now.AddMinutes(-1), 0, 40, 100),
            ReinforcedByNotification(4, "Delta", Now.AddHours(20)),
        };

        var attacked = OverviewSections.UnderAttack(rows);

        attacked.Select(r => r.Id).Should().Equal(3, 1);
    }

    [Fact]
    public void Reinforced_TakesTheSyncedStateAndNewerNotifications_WithTheNotificationsTimer_SoonestFirst()
    {
        var rows = new[]
        {
            Row(1, "Alpha", StructureState.ArmorReinforce) with { StateTimerEnd = Now.AddHours(30) },
            ReinforcedByNotification(2, "Bravo", Now.AddHours(5)),
            Row(3, "Charlie"),
            Row(4, "Delta", StructureState.HullReinforce) with { StateTimerEnd = Now.AddHours(2), Overlay = new StructureOverlay(OverlayState.Destroyed, Now, "StructureDestroyed", null, null) },
        };

        var reinforced = OverviewSections.Reinforced(rows);

        reinforced.Should().Equal(
            new ReinforcedStructure(rows[1], Now.AddHours(5), true),
            new ReinforcedStructure(rows[0], Now.AddHours(30), false));
    }

    [Fact]
    public void TimersWithin_KeepsTheNext48Hours_AndDropsEndedOnes()
    {
        var timers = new[] { Timer(1, Now.AddHours(49)), Timer(2, Now.AddHours(47)), Timer(3, Now.AddMinutes(-1)), Timer(4, Now.AddMinutes(5)) };

        var next = OverviewSections.TimersWithin(timers, Now, OverviewSections.TimerHorizon);

        next.Select(t => t.Id).Should().Equal(4, 2);
    }

    [Fact]
    public void FailingOwners_ListsActiveOwnersWithAFailingStage_WithTheErrorAndLastSuccess()
    {
        var owners = new[]
        {
            Owner(1, "Healthy"),
            Owner(2, "Broken", structuresError: "ESI answered 502", notificationsError: "token expired"),
            Owner(3, "Paused", active: false, structuresError: "ESI answered 502"),
        };

        var failing = OverviewSections.FailingOwners(owners);

        failing.Should().ContainSingle().Which.Should().BeEquivalentTo(new FailingOwner(2, "Broken",
        [
            new FailingStage("Structures", "ESI answered 502", Now.AddMinutes(-4), Now.AddHours(-3)),
            new FailingStage("Notifications", "token expired", Now.AddMinutes(-4), Now.AddHours(-3)),
        ]));
    }

    private static TimerBoardRow Timer(int id, DateTime endsAt) =>
        new(id, 98000001, "Wayne Technologies", TimerKind.Armor, TimerCategory.Upwell, endsAt, $"Timer {id}", "1-PGSG", false);
}
