using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;

namespace Structures.Tests.Core.Timers.Announcements;

public sealed class DueRemindersTests
{
    private static readonly DateTime End = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly AnnouncedTimer Timer = new(7, 98000001, TimerKind.Armor, TimerCategory.Upwell, End, "Arkham Outpost", "1-PGSG", "Catch", "Wayne Enterprises", false);

    private static readonly AnnouncingWebhook Webhook = new(3, "ops", new HashSet<long> { 98000001 }, new HashSet<string> { "StructureLostShields" },
        [TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(15)], false, false);

    private static List<DueReminder> At(DateTime now, params (int, int, int)[] sent) => DueReminders.Find([Timer], [Webhook], sent.ToHashSet(), now);

    [Fact]
    public void Find_BeforeTheFirstMoment_FindsNothing()
    {
        At(End.AddMinutes(-61)).Should().BeEmpty();
    }

    [Fact]
    public void Find_AtTheMomentOfALeadTime_FindsThatLeadTime()
    {
        var due = At(End.AddMinutes(-60)).Should().ContainSingle().Subject;

        due.Lead.Should().Be(TimeSpan.FromMinutes(60));
        due.Webhook.Id.Should().Be(3);
        due.Timer.Id.Should().Be(7);
    }

    [Fact]
    public void Find_ALeadTimeAlreadySent_IsNotFoundAgain()
    {
        At(End.AddMinutes(-30), (7, 3, 60)).Should().BeEmpty();
    }

    [Fact]
    public void Find_AtTheShorterMoment_FindsTheShorterLeadTime()
    {
        At(End.AddMinutes(-15), (7, 3, 60)).Should().ContainSingle().Which.Lead.Should().Be(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Find_BothMomentsPassedUnsent_SendsOnlyTheShorter_NotTheLongerLate()
    {
        At(End.AddMinutes(-10)).Should().ContainSingle().Which.Lead.Should().Be(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Find_AfterTheTimerEnded_SkipsWhatWasMissed()
    {
        At(End).Should().BeEmpty();
        At(End.AddMinutes(5)).Should().BeEmpty();
    }

    [Fact]
    public void Find_WebhookWithoutLeadTimes_FindsNothing()
    {
        var quiet = Webhook with { Leads = [] };

        DueReminders.Find([Timer], [quiet], new HashSet<(int, int, int)>(), End.AddMinutes(-5)).Should().BeEmpty();
    }

    [Fact]
    public void Find_SeveralWebhooks_EachGetsItsOwnReminder()
    {
        var other = Webhook with { Id = 4, Leads = [TimeSpan.FromMinutes(30)] };

        var due = DueReminders.Find([Timer], [Webhook, other], new HashSet<(int, int, int)>(), End.AddMinutes(-20));

        due.Select(d => (d.Webhook.Id, (int)d.Lead.TotalMinutes)).Should().BeEquivalentTo([(3, 60), (4, 30)]);
    }
}
