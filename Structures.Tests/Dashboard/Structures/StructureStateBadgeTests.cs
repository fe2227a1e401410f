using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class StructureStateBadgeTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 6, 0, DateTimeKind.Utc);
    private static readonly DateTime NotifiedAt = new(2026, 11, 30, 12, 3, 0, DateTimeKind.Utc);

    public StructureStateBadgeTests() => Services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

    [Fact]
    public void UnderAttack_ShowsHitPointsAttackerOnZKillboardAndHowLongAgo_WithItsProvenance()
    {
        var attack = new AttackReport(NotifiedAt, 4.7, 98.7, 100, 96734115, null, 98593012, "Hostile Corp", 99005338, "Hostile Alliance");
        var overlay = new StructureOverlay(OverlayState.UnderAttack, NotifiedAt, "StructureUnderAttack", null, attack, NotifiedAt.AddMinutes(15));

        var cut = Render<StructureStateBadge>(p => p.Add(c => c.Overlay, overlay).Add(c => c.Now, Now));

        var badge = cut.Find("[data-testid=structure-overlay]");
        badge.TextContent.Should().Contain("Under attack").And.Contain("shield 4.7 % · armor 98.7 % · hull 100 %").And.Contain("3m 00s ago");
        badge.GetAttribute("title").Should().Be("From a notification at 12:03 EVE; ESI confirms at the next sync");
        var link = cut.Find("a");
        link.TextContent.Should().Be("Hostile Alliance");
        link.GetAttribute("href").Should().Be("https://zkillboard.com/alliance/99005338/");
    }

    [Fact]
    public void Reinforced_ShowsTheTimer_AndOnTheStructurePageTheProvenanceAsACaption()
    {
        var timer = new DateTime(2026, 12, 1, 18, 3, 0, DateTimeKind.Utc);
        var overlay = new StructureOverlay(OverlayState.Reinforced, NotifiedAt, "StructureLostShields", timer, null, timer);

        var cut = Render<StructureStateBadge>(p => p.Add(c => c.Overlay, overlay).Add(c => c.Now, Now).Add(c => c.Caption, true));

        cut.Find("[data-testid=structure-overlay]").TextContent.Should().Contain("Reinforced");
        cut.Find("[data-testid=overlay-timer]").TextContent.Should().Be("timer ends in 1d 5h (2026.12.01 18:03 EVE)");
        cut.Find("[data-testid=overlay-provenance]").TextContent.Should().Be("From a notification at 12:03 EVE; ESI confirms at the next sync");
        cut.FindAll("a").Should().BeEmpty("the notification named no attacker");
    }

    [Theory]
    [InlineData(OverlayState.Destroyed, "Destroyed")]
    [InlineData(OverlayState.LowPower, "Low power")]
    [InlineData(OverlayState.ServicesOffline, "Services offline")]
    public void OtherStates_ShowTheirLabel(OverlayState state, string label)
    {
        var cut = Render<StructureStateBadge>(p => p.Add(c => c.Overlay, new StructureOverlay(state, NotifiedAt, "Any", null, null)).Add(c => c.Now, Now));

        cut.Find(".mud-chip").TextContent.Trim().Should().Be(label);
    }

    [Fact]
    public void AttackPastItsQuietPeriod_ShowsNothing()
    {
        var overlay = new StructureOverlay(OverlayState.UnderAttack, NotifiedAt, "StructureUnderAttack", null, null, Now);

        var cut = Render<StructureStateBadge>(p => p.Add(c => c.Overlay, overlay).Add(c => c.Now, Now));

        cut.Markup.Trim().Should().BeEmpty();
    }

    [Fact]
    public void StateLine_WithAnOverlay_LeadsWithIt_AndMarksESIsOlderWord()
    {
        var structure = new Structure { Name = "Wayne Tower", State = StructureState.ShieldVulnerable, EsiDataAt = NotifiedAt.AddMinutes(-40) };
        var timer = NotifiedAt.AddHours(30);
        var overlay = new StructureOverlay(OverlayState.Reinforced, NotifiedAt, "StructureLostShields", timer, null, timer);

        var with = Render<StructureStateLine>(p => p.Add(c => c.Structure, structure).Add(c => c.Overlay, overlay).Add(c => c.Now, Now));
        var without = Render<StructureStateLine>(p => p.Add(c => c.Structure, structure).Add(c => c.Now, Now));

        with.Find("[data-testid=structure-overlay]").TextContent.Should().Contain("Reinforced");
        with.Find("[data-testid=structure-esi-state]").TextContent.Should().Be("ESI's last data (2026.11.30 11:23 EVE): shield vulnerable");
        without.Markup.Should().Contain("shield vulnerable").And.NotContain("Reinforced");
    }
}
