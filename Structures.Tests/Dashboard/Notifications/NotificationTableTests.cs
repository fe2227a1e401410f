using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Notifications;

public sealed class NotificationTableTests : ComponentTest
{
    private static readonly DateTime Noon = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public NotificationTableTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Noon)));

    [Fact]
    public void Row_SaysTitleStructureSystemAndAttacker_AndLinksTheStructure()
    {
        var cut = Render<NotificationTable>(p => p.Add(t => t.Rows, [Row(structureId: 1035000000001)]));

        cut.Find("[data-testid=notification-open-7]").TextContent.Trim().Should().Be("Structure under attack");
        cut.Find("[data-testid=notification-type-7]").TextContent.Should().Contain("StructureUnderAttack");
        cut.Find("[data-testid=notification-structure-7] a").GetAttribute("href").Should().Be("/structures/1035000000001");
        cut.Find("[data-testid=notification-structure-7]").TextContent.Should().Contain("Wayne Tower").And.Contain("Keepstar");
        cut.Find("[data-testid=notification-system-7]").TextContent.Should().Contain("1-PGSG").And.Contain("Detorid");
        cut.Find("[data-testid=notification-attacker-7]").TextContent.Should().Contain("The Joker").And.Contain("Bad Company · Big Bad Alliance");
        cut.Find("[data-testid=notification-time-7]").GetAttribute("title").Should().Be("2026.11.30 11:55 EVE");
        cut.Find("[data-testid=notification-time-7]").GetAttribute("data-urgency").Should().BeNull();
    }

    [Fact]
    public void Row_AboutAStructureTheViewerMayNotSee_NamesItWithoutALink()
    {
        var cut = Render<NotificationTable>(p => p.Add(t => t.Rows, [Row(structureId: null)]));

        cut.Find("[data-testid=notification-structure-7]").TextContent.Should().Contain("Wayne Tower");
        cut.FindAll("[data-testid=notification-structure-7] a").Should().BeEmpty();
    }

    [Fact]
    public void Title_OpensTheRow_AndSendAgainIsOfferedOnlyToWhoMayResend()
    {
        NotificationRow? opened = null;
        var cut = Render<NotificationTable>(p => p.Add(t => t.Rows, [Row(structureId: null)]).Add(t => t.OnOpen, (NotificationRow r) => opened = r));

        cut.Find("[data-testid=notification-open-7]").Click();

        opened!.Id.Should().Be(7);
        cut.FindAll("[data-testid=notification-resend-7]").Should().BeEmpty();
    }

    [Fact]
    public void Deliveries_AreOneChipPerWebhook_WithItsCounts()
    {
        var cut = Render<NotificationTable>(p => p.Add(t => t.Rows, [Row(structureId: null) with
        {
            Deliveries = [new NotificationDelivery("Ops", QueuedMessageStatus.Sent, 3, 2, 4, null), new NotificationDelivery("Logs", QueuedMessageStatus.DeadLettered, 1, 0, 1, "404")],
        }]));

        var chips = cut.FindAll("[data-testid=notification-delivery-7] .mud-chip");
        chips.Select(c => c.TextContent.Trim()).Should().Equal("Ops: Sent ×3", "Logs: DeadLettered");
        chips[0].GetAttribute("title").Should().Be("3 message(s), 2 resent, 4 failed attempt(s)");
        chips[1].GetAttribute("title").Should().Be("1 message(s), 0 resent, 1 failed attempt(s); last error: 404");
    }

    private static NotificationRow Row(long? structureId) => new(
        7, 1007, 98000001, "Wayne Technologies", "StructureUnderAttack", Noon.AddMinutes(-5), true, true, null, false, null,
        new NotificationSummary("Structure under attack", "Wayne Tower", "Keepstar", "1-PGSG", "Detorid", new NotificationAttacker("The Joker", "Bad Company", "Big Bad Alliance")),
        structureId, null, []);
}
