using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Structures.History;
using Structures.Dashboard.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class HistoryTimelineTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public HistoryTimelineTests() => Services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

    [Fact]
    public void AnAttack_ShowsWhatWasLeft_AndLinksTheAttackersToZKillboard()
    {
        var cut = Render<HistoryTimeline>(p => p.Add(c => c.Events, [Attack(1, Now.AddMinutes(-5), 42, 100, 100)]).Add(c => c.Now, Now));

        var row = cut.Find("[data-testid=history-event]");
        row.GetAttribute("data-kind").Should().Be("Attack");
        row.TextContent.Should().Contain("2026.11.23 11:55 EVE").And.Contain("Under attack");
        cut.Find("[data-testid=history-hitpoints]").TextContent.Should().Be("Shield 42 % · Armor 100 % · Hull 100 %");
        cut.FindAll("[data-testid=history-attacker] a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).Should().Equal(
            ("https://zkillboard.com/character/90000006/", "Edward Nygma"),
            ("https://zkillboard.com/corporation/98000003/", "Bad Company"),
            ("https://zkillboard.com/alliance/99000002/", "[alliance 99000002]"));
    }

    [Fact]
    public void AReinforcement_ShowsItsTimerAndHowLongIsLeft()
    {
        var reinforced = new StructureHistoryEvent(2, 20, Now.AddHours(-1), "StructureLostShields", HistoryEventKind.Reinforced, null, null, Now.AddHours(26));

        var cut = Render<HistoryTimeline>(p => p.Add(c => c.Events, [reinforced]).Add(c => c.Now, Now));

        cut.Find("[data-testid=history-event]").GetAttribute("data-kind").Should().Be("Reinforced");
        cut.Find("[data-testid=history-event]").TextContent.Should().Contain("Shields lost: armor timer");
        cut.Find("[data-testid=history-timer]").TextContent.Should().Be("ends in 1d 2h (2026.11.24 14:00 EVE)");
        cut.FindAll("[data-testid=history-hitpoints]").Should().BeEmpty();
    }

    [Fact]
    public void SeveralAttacks_AreDrawnAsAChart_OneAttackIsNot()
    {
        var one = Render<HistoryTimeline>(p => p.Add(c => c.Events, [Attack(1, Now, 50, 100, 100)]).Add(c => c.Now, Now));
        var two = Render<HistoryTimeline>(p => p.Add(c => c.Events, [Attack(2, Now, 0, 60, 100), Attack(1, Now.AddMinutes(-3), 50, 100, 100)]).Add(c => c.Now, Now));

        one.FindAll("[data-testid=history-chart]").Should().BeEmpty();
        two.Find("[data-testid=history-chart]").TextContent.Should().Contain("Shield").And.Contain("Armor").And.Contain("Hull");
        two.FindAll("[data-testid=history-event]").Should().HaveCount(2);
    }

    [Fact]
    public void AnEmptyHistory_SaysSo()
    {
        var cut = Render<HistoryTimeline>(p => p.Add(c => c.Events, []).Add(c => c.Now, Now));

        cut.Find("[data-testid=history-empty]").TextContent.Should().Be("No attacks, reinforcements or changes of state recorded.");
        cut.FindAll("table").Should().BeEmpty();
    }

    private static StructureHistoryEvent Attack(int id, DateTime at, double shield, double armor, double hull) => new(
        id, id * 10, at, "StructureUnderAttack", HistoryEventKind.Attack, new HitPoints(shield, armor, hull),
        new HistoryAttacker(90000006, "Edward Nygma", 98000003, "Bad Company", 99000002, null), null);
}
