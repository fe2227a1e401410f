using Structures.Core.Notifications.Payloads;
using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

// The overlay's precedence, without a host: newer ESI data wins, a quiet period ends an attack, a timer ends a
// reinforcement, destroyed wins over everything.
public sealed class OverlayRulesTests
{
    private static readonly DateTime Synced = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(15);

    [Fact]
    public void Decide_ReinforcementAfterTheSync_ShowsReinforcedWithItsTimer()
    {
        var timer = Synced.AddHours(30);

        var overlay = OverlayRules.Decide([Reinforced(Synced.AddMinutes(3), timer)], Synced, Synced.AddMinutes(4), Quiet);

        overlay.Should().Be(new StructureOverlay(OverlayState.Reinforced, Synced.AddMinutes(3), "StructureLostShields", timer, null, timer));
    }

    [Fact]
    public void Decide_SyncNewerThanTheNotification_ShowsNothing()
    {
        var overlay = OverlayRules.Decide([Reinforced(Synced.AddMinutes(-3), Synced.AddHours(30))], Synced, Synced.AddMinutes(4), Quiet);

        overlay.Should().BeNull("the newer ESI data already says what the structure is");
    }

    // EVE stamps notifications and ESI's data to the second: in the same second, which came first is not known, and the
    // notification is kept until ESI's data is newer.
    [Fact]
    public void Decide_NotificationInTheSecondOfTheData_ShowsIt() =>
        OverlayRules.Decide([Reinforced(Synced, Synced.AddHours(30))], Synced.AddMilliseconds(700), Synced.AddMinutes(4), Quiet)!
            .State.Should().Be(OverlayState.Reinforced);

    [Fact]
    public void Decide_NotificationInTheSecondBeforeTheData_ShowsNothing() =>
        OverlayRules.Decide([Reinforced(Synced.AddSeconds(-1), Synced.AddHours(30))], Synced, Synced.AddMinutes(4), Quiet).Should().BeNull();

    [Fact]
    public void Decide_AttackWithinTheQuietPeriod_ShowsUnderAttackUntilThePeriodEnds()
    {
        var attackAt = Synced.AddMinutes(5);

        var overlay = OverlayRules.Decide([Attacked(attackAt, shield: 40)], Synced, attackAt.AddMinutes(14), Quiet);

        overlay!.State.Should().Be(OverlayState.UnderAttack);
        overlay.Attack!.ShieldPercent.Should().Be(40);
        overlay.Until.Should().Be(attackAt + Quiet);
        overlay.HoldsAt(attackAt + Quiet).Should().BeFalse();
    }

    [Fact]
    public void Decide_AttackPastTheQuietPeriod_ShowsNothing() =>
        OverlayRules.Decide([Attacked(Synced.AddMinutes(5), shield: 40)], Synced, Synced.AddMinutes(21), Quiet).Should().BeNull();

    [Fact]
    public void Decide_AttackThenReinforcement_ShowsReinforcedWithTheLastAttackReport()
    {
        var timer = Synced.AddHours(24);

        var overlay = OverlayRules.Decide([Attacked(Synced.AddMinutes(5), shield: 2), Reinforced(Synced.AddMinutes(6), timer)], Synced, Synced.AddMinutes(7), Quiet);

        overlay!.State.Should().Be(OverlayState.Reinforced);
        overlay.TimerEndsAt.Should().Be(timer);
        overlay.Attack!.ShieldPercent.Should().Be(2);
    }

    [Fact]
    public void Decide_AttackAfterAReinforcement_ShowsUnderAttack_ThenTheReinforcementAgainOnceQuiet()
    {
        var timer = Synced.AddHours(24);
        var facts = new[] { Reinforced(Synced.AddMinutes(1), timer), Attacked(Synced.AddMinutes(10), shield: 0) };

        var during = OverlayRules.Decide(facts, Synced, Synced.AddMinutes(12), Quiet);
        var after = OverlayRules.Decide(facts, Synced, Synced.AddMinutes(40), Quiet);

        during!.State.Should().Be(OverlayState.UnderAttack);
        during.TimerEndsAt.Should().Be(timer, "the reinforcement still runs");
        after!.State.Should().Be(OverlayState.Reinforced);
    }

    [Fact]
    public void Decide_ReinforcementWhoseTimerEnded_ShowsNothing() =>
        OverlayRules.Decide([Reinforced(Synced.AddMinutes(1), Synced.AddHours(1))], Synced, Synced.AddHours(2), Quiet).Should().BeNull();

    [Fact]
    public void Decide_DestroyedBeforeALaterAttack_StaysDestroyed()
    {
        var facts = new[]
        {
            Reinforced(Synced.AddMinutes(1), Synced.AddHours(24)),
            new OverlayFact(OverlayState.Destroyed, Synced.AddMinutes(2), "StructureDestroyed"),
            Attacked(Synced.AddMinutes(3), shield: 0),
        };

        var overlay = OverlayRules.Decide(facts, Synced, Synced.AddMinutes(4), Quiet);

        overlay.Should().Be(new StructureOverlay(OverlayState.Destroyed, Synced.AddMinutes(2), "StructureDestroyed", null, null));
    }

    [Fact]
    public void Decide_HighPowerAfterLowPower_ShowsTheLatest()
    {
        var facts = new[]
        {
            new OverlayFact(OverlayState.LowPower, Synced.AddMinutes(1), "StructureWentLowPower"),
            new OverlayFact(OverlayState.Online, Synced.AddMinutes(2), "StructureWentHighPower"),
        };

        OverlayRules.Decide(facts, Synced, Synced.AddMinutes(3), Quiet)!.State.Should().Be(OverlayState.Online);
        OverlayRules.Decide(facts.Take(1), Synced, Synced.AddMinutes(3), Quiet)!.State.Should().Be(OverlayState.LowPower);
    }

    [Fact]
    public void From_UpwellAttackText_ReadsHitPointsAndAttacker()
    {
        const string Yaml = """
            allianceID: 99005338
            allianceName: Hostile Alliance
            charID: 96734115
            corpLinkData:
            - showinfo
            - 2
            - 98593012
            corpName: Hostile Corp
            shieldPercentage: 4.7
            armorPercentage: 98.7
            hullPercentage: 100.0
            solarsystemID: 30002537
            structureID: 1000000000001
            """;
        var (payload, error) = NotificationPayloads.Parse("StructureUnderAttack", Yaml);

        var fact = OverlayFact.From("StructureUnderAttack", Synced, payload);

        error.Should().BeNull();
        fact!.State.Should().Be(OverlayState.UnderAttack);
        fact.Attack.Should().Be(new AttackReport(Synced, 4.7, 98.7, 100.0, 96734115, null, 98593012, "Hostile Corp", 99005338, "Hostile Alliance"));
    }

    [Fact]
    public void From_TypeAboutNoState_IsNull() =>
        OverlayFact.From("MoonminingExtractionStarted", Synced, new StructureNotice(NotificationPlace.Nowhere)).Should().BeNull();

    private static OverlayFact Reinforced(DateTime at, DateTime timer) => new(OverlayState.Reinforced, at, "StructureLostShields", timer);

    private static OverlayFact Attacked(DateTime at, double shield) =>
        new(OverlayState.UnderAttack, at, "StructureUnderAttack", null, new AttackReport(at, shield, 100, 100, null, null, null, null, 99000001, "Hostiles"));
}
