using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Overview;
using Structures.Core.Structures;
using Structures.Core.Timers;
using Structures.Dashboard.Overview;
using Structures.Tests.Infrastructure;
using static Structures.Tests.Core.Overview.OverviewRows;

namespace Structures.Tests.Dashboard.Overview;

public sealed class OverviewSectionComponentsTests : ComponentTest
{
    private readonly FakeTimeProvider _clock = new(Now);

    public OverviewSectionComponentsTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void UnderAttack_ShowsHitPointsAttackerAndHowLongAgo_LinkedToTheStructure()
    {
        var row = UnderAttack(3, "Charlie", Now.AddMinutes(-4), 0, 40.4, 100);

        var cut = Render<UnderAttackSection>(p => p.Add(c => c.Items, [row]).Add(c => c.Now, Now));

        cut.Find("[data-testid=attack-hp-3]").TextContent.Should().Contain("Shield 0% · Armor 40% · Hull 100%");
        cut.Find("[data-testid=attack-by-3]").TextContent.Should().Contain("by Bad Dude [Bad Company]").And.Contain("4m 00s ago");
        cut.Find("[data-testid=attack-by-3] a").GetAttribute("href").Should().Be("https://zkillboard.com/character/90000006/");
        cut.Find("[data-testid=attack-3] a").GetAttribute("href").Should().Be("/structures/3");
        cut.Find("[data-testid=overview-under-attack-count]").TextContent.Should().Be("1");
    }

    [Fact]
    public void UnderAttack_WithoutPercentagesOrAttacker_SaysWhatIsUnknown()
    {
        var row = UnderAttack(5, "Echo", Now.AddMinutes(-1), null, null, null, attacker: null);
        row = row with { Overlay = row.Overlay! with { Attack = row.Overlay.Attack! with { AttackerCorporationName = null } } };

        var cut = Render<UnderAttackSection>(p => p.Add(c => c.Items, [row]).Add(c => c.Now, Now));

        cut.Find("[data-testid=attack-hp-5]").TextContent.Should().Contain("Shield ? · Armor ? · Hull ?");
        cut.Find("[data-testid=attack-by-5]").TextContent.Trim().Should().Be("1m 00s ago");
    }

    [Fact]
    public void Reinforced_CountsDownAsTheClockMoves_AndSaysWhereTheTimerComesFrom()
    {
        var synced = Row(1, "Alpha", StructureState.ArmorReinforce) with { StateTimerEnd = Now.AddHours(30) };
        var notified = ReinforcedByNotification(2, "Bravo", Now.AddHours(5));
        var items = OverviewSections.Reinforced([synced, notified]);

        var cut = Render<ReinforcedSection>(p => p.Add(c => c.Items, items).Add(c => c.Now, Now));
        var before = cut.Find("[data-testid=reinforced-left-2]").TextContent;
        _clock.Advance(TimeSpan.FromHours(1.5));

        before.Should().Be("in 5h 0m");
        cut.WaitForAssertion(() => cut.Find("[data-testid=reinforced-left-2]").TextContent.Should().Be("in 3h 30m"));
        cut.Find("[data-testid=reinforced-left-2]").GetAttribute("data-urgency").Should().Be("warning");
        cut.Find("[data-testid=reinforced-left-1]").TextContent.Should().Be("in 1d 4h");
        cut.Find("[data-testid=reinforced-2]").TextContent.Should().Contain("Reinforced").And.Contain("2026.11.30 17:00 EVE");
        cut.FindAll("[data-testid=reinforced-source-2]").Should().ContainSingle();
        cut.FindAll("[data-testid=reinforced-source-1]").Should().BeEmpty();
        cut.Find("[data-testid=reinforced-1]").TextContent.Should().Contain("armor reinforce");
    }

    [Fact]
    public void FuelRunway_ChartsABarSeriesPerUrgency_AndListsTheSoonestColouredByBucket()
    {
        var runway = FuelRunway.Of(
            [Row(1, "Hours", fuel: Now.AddHours(12)), Row(2, "Day and a half", fuel: Now.AddHours(36)), Row(3, "Days", fuel: Now.AddDays(4)), Row(4, "Weeks", fuel: Now.AddDays(20))], Now);

        var cut = Render<FuelRunwaySection>(p => p.Add(c => c.Runway, runway).Add(c => c.Now, Now));

        cut.FindAll("[data-urgency]").Select(e => (e.GetAttribute("data-testid"), e.GetAttribute("data-urgency"))).Should().Equal(
            ("fuel-1", "Critical"), ("fuel-2", "Urgent"), ("fuel-3", "Soon"), ("fuel-4", "Fine"));
        cut.Find("[data-testid=fuel-1]").TextContent.Should().Contain("12h 0m").And.Contain("Hours");
        cut.Find("[data-testid=fuel-chart]").TextContent.Should().Contain("Under 1 day").And.Contain("Under 2 days").And.Contain("Under 7 days").And.Contain("7 days or more");
        cut.Find("[data-testid=fuel-chart]").InnerHtml.Should().Contain("Day and a half");
        cut.Find("[data-testid=overview-fuel-count]").TextContent.Should().Be("3");
    }

    [Fact]
    public void FuelRunwayChart_IsDrawnAgainOnlyForANewRunway()
    {
        var runway = FuelRunway.Of([Row(1, "Hours", fuel: Now.AddHours(12))], Now);
        var cut = Render<FuelRunwayChart>(p => p.Add(c => c.Runway, runway));
        var drawn = cut.RenderCount;

        cut.Render(p => p.Add(c => c.Runway, runway));
        var afterTick = cut.RenderCount;
        cut.Render(p => p.Add(c => c.Runway, FuelRunway.Of([Row(2, "Days", fuel: Now.AddDays(3))], Now)));

        afterTick.Should().Be(drawn);
        cut.RenderCount.Should().BeGreaterThan(afterTick);
        cut.Markup.Should().Contain("Days").And.NotContain("Hours");
    }

    [Fact]
    public void UpcomingTimers_LinkToTheirStructure_WhenTheyHaveOne()
    {
        var items = new[]
        {
            new UpcomingTimer(new TimerBoardRow(7, 98000001, "Wayne Technologies", TimerKind.Armor, TimerCategory.Upwell, Now.AddHours(3), "Arkham Outpost", "1-PGSG", false), 1022734985679),
            new UpcomingTimer(new TimerBoardRow(8, 98000001, "Wayne Technologies", TimerKind.Final, TimerCategory.Sovereignty, Now.AddHours(9), "(unknown)", "GE-8JV", false), null),
        };

        var cut = Render<UpcomingTimersSection>(p => p.Add(c => c.Items, items).Add(c => c.Now, Now));

        cut.Find("[data-testid=next-timer-left-7]").TextContent.Should().Be("in 3h 0m");
        cut.Find("[data-testid=next-timer-7] a").GetAttribute("href").Should().Be("/structures/1022734985679");
        cut.FindAll("[data-testid=next-timer-8] a").Should().BeEmpty();
        cut.Find("[data-testid=next-timer-8]").TextContent.Should().Contain("GE-8JV");
    }

    [Fact]
    public void FailingOwners_ShowTheErrorAndSinceWhen()
    {
        var failing = OverviewSections.FailingOwners([Owner(2, "Broken", structuresError: "ESI answered 502")]);

        var cut = Render<FailingOwnersSection>(p => p.Add(c => c.Items, failing).Add(c => c.Now, Now));

        cut.Find("[data-testid=failing-Structures-2]").TextContent.Should().Be("Structures: ESI answered 502");
        cut.Find("[data-testid=failing-owner-2]").TextContent.Should().Contain("failing since 2026.11.30 09:00 EVE (last success, 3h 0m ago)").And.Contain("last error 4m 00s ago");
    }

    [Fact]
    public void LatestNotifications_LinkToTheirStructure_WhenTheyKnowIt()
    {
        var items = new[]
        {
            new RecentNotification(11, 98000001, "Wayne Technologies", "StructureUnderAttack", Now.AddMinutes(-2), 1022734985679, "Arkham Outpost"),
            new RecentNotification(12, 98000001, "Wayne Technologies", "CorpAllBillMsg", Now.AddMinutes(-9), null, null),
        };

        var cut = Render<LatestNotificationsSection>(p => p.Add(c => c.Items, items).Add(c => c.Now, Now));

        cut.Find("[data-testid=latest-notification-11] a").GetAttribute("href").Should().Be("/structures/1022734985679");
        cut.Find("[data-testid=latest-notification-11]").TextContent.Should().Contain("StructureUnderAttack").And.Contain("Arkham Outpost").And.Contain("2m 00s ago (2026.11.30 11:58 EVE)");
        cut.FindAll("[data-testid=latest-notification-12] a").Should().BeEmpty();
    }

    [Fact]
    public void EverySection_SaysSoInALine_WhenItIsEmpty()
    {
        Render<UnderAttackSection>(p => p.Add(c => c.Items, [])).Find("[data-testid=overview-under-attack-empty]").TextContent.Should().Be("Nothing is under attack.");
        Render<ReinforcedSection>(p => p.Add(c => c.Items, [])).Find("[data-testid=overview-reinforced-empty]").TextContent.Should().Be("Nothing is reinforced.");
        Render<FuelRunwaySection>(p => p.Add(c => c.Runway, new FuelRunway([]))).Find("[data-testid=overview-fuel-empty]").TextContent.Should().Be("No structure you can see burns fuel.");
        Render<UpcomingTimersSection>(p => p.Add(c => c.Items, [])).Find("[data-testid=overview-timers-empty]").TextContent.Should().Be("No timers in the next 48 hours.");
        Render<FailingOwnersSection>(p => p.Add(c => c.Items, [])).Find("[data-testid=overview-owners-empty]").TextContent.Should().Be("Every owner syncs.");
        Render<LatestNotificationsSection>(p => p.Add(c => c.Items, [])).Find("[data-testid=overview-notifications-empty]").TextContent.Should().Be("No notifications yet.");
    }
}
